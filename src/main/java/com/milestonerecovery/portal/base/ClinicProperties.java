package com.milestonerecovery.portal.base;

import java.time.ZoneId;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The clinic this installation serves. Defaults are the seed clinic; another clinic overrides them with
 * {@code clinic.*} properties or {@code CLINIC_*} environment variables.
 */
@Validated
@ConfigurationProperties(prefix = "clinic")
public record ClinicProperties(
        @NotBlank @DefaultValue("Milestone Recovery") String name,
        @NotBlank @DefaultValue("14001 N. 7th St. Ste C-106") String street,
        @NotBlank @DefaultValue("Phoenix, AZ 85022") String cityLine,
        @NotBlank @DefaultValue("(602) 555-0100") String phone,
        @NotBlank @DefaultValue("https://milestonerecovery.com") String website,
        @NotNull @DefaultValue("America/Phoenix") ZoneId timeZone,
        @NotBlank @DefaultValue("intake@milestonerecovery.example") String intakeEmail,
        @NotBlank @DefaultValue("http://localhost:8080") String publicBaseUrl,
        @DefaultValue Emergency emergency) {

    /** Crisis and emergency lines shown on every public and client page. */
    public record Emergency(
            @DefaultValue("988") String crisisLine,
            @DefaultValue("911") String emergency,
            @DefaultValue("1-800-662-4357") String samhsaHelpline) {
    }
}
