package com.milestonerecovery.portal.security;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A request to create an account. The password may be null for an account that will be invited. The display name's
 * length (at most 120 characters, counted as code points like the column) and characters are checked by
 * {@link AccountService} with {@code base.FreeText}: {@code @Size} would count UTF-16 units and refuse names that
 * the enrolment form accepted.
 */
public record NewAccount(
        @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[a-z0-9._-]+") String username,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank String displayName,
        @NotEmpty Set<Role> roles,
        @Size(min = 12, max = 128) String password) {
}
