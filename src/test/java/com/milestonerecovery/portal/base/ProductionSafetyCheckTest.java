package com.milestonerecovery.portal.base;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The prod profile's start-up refusals: demo settings, missing settings, and the published demo encryption key. */
class ProductionSafetyCheckTest {

    private static final ClinicProperties CLINIC = new ClinicProperties("Clinic", "1 Main St", "Phoenix, AZ 85022",
            "(602) 555-0100", "https://clinic.test", ZoneId.of("America/Phoenix"), "intake@clinic.test",
            "https://portal.clinic.test", new ClinicProperties.Emergency("988", "911", "1-800-662-4357"));

    private static MockEnvironment production() {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles("prod");
        env.setProperty("spring.datasource.url", "jdbc:mariadb://db.internal/portal");
        env.setProperty("spring.mail.host", "smtp.internal");
        env.setProperty("portal.mail.from", "portal@clinic.test");
        env.setProperty("portal.encryption.keys", "prod-1:" + "A".repeat(43) + "=");
        return env;
    }

    @Test
    void aCompleteProductionSetupStarts() {
        assertThatCode(() -> new ProductionSafetyCheck(production(), CLINIC).afterPropertiesSet())
                .doesNotThrowAnyException();
    }

    @Test
    void theDemoEncryptionKeyIsRefusedEvenBesideARealOne() {
        MockEnvironment env = production();
        env.setProperty("portal.encryption.keys", "prod-1:" + "A".repeat(43) + "=,demo-1:"
                + ProductionSafetyCheck.DEMO_KEY);
        assertThatThrownBy(() -> new ProductionSafetyCheck(env, CLINIC).afterPropertiesSet())
                .hasMessageContaining("PORTAL_ENCRYPTION_KEYS contains the demo key");
    }

    @Test
    void missingKeysDemoProfileAndPlainHttpAreEachNamed() {
        MockEnvironment env = production();
        env.setActiveProfiles("prod", "demo");
        env.setProperty("portal.encryption.keys", "");
        ClinicProperties http = new ClinicProperties("Clinic", "1 Main St", "Phoenix, AZ 85022", "(602) 555-0100",
                "https://clinic.test", ZoneId.of("America/Phoenix"), "intake@clinic.test", "http://portal.clinic.test",
                CLINIC.emergency());
        assertThatThrownBy(() -> new ProductionSafetyCheck(env, http).afterPropertiesSet())
                .hasMessageContaining("the demo profile is active")
                .hasMessageContaining("PORTAL_ENCRYPTION_KEYS is not set")
                .hasMessageContaining("CLINIC_PUBLIC_BASE_URL must be an https:// address");
    }
}
