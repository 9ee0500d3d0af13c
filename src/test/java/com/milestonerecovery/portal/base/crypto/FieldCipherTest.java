package com.milestonerecovery.portal.base.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private static final String OLD = "k2024:mZPky4/MsTLSeQdEVZJvuT4deNpCbeUJGQ4yHrSmOBg=";
    private static final String NEW = "k2025:tCatycaFytF9jBeviBHMNS4dAEKzwNk1Lr44zppnyCc=";

    @Test
    void roundTripsAnyTextAndNamesTheKeyInTheValue() {
        FieldCipher cipher = new FieldCipher(NEW, "k2025");
        String text = "Ran into an old friend. Rough evening. \u202Eevil\u200B \uD83D\uDE00 \u0000 <script>";
        String stored = cipher.encrypt(text);
        assertThat(stored).startsWith("v1:k2025:").doesNotContain("Rough", "friend", "script");
        assertThat(cipher.decrypt(stored)).isEqualTo(text);
        assertThat(cipher.encrypt(text)).as("a fresh IV every time").isNotEqualTo(stored);
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.decrypt(null)).isNull();
    }

    @Test
    void afterRotationOldValuesStillDecryptAndNewOnesUseTheCurrentKey() {
        String underOldKey = new FieldCipher(OLD, "k2024").encrypt("Hard day.");
        FieldCipher rotated = new FieldCipher(OLD + "," + NEW, "k2025");
        assertThat(rotated.decrypt(underOldKey)).isEqualTo("Hard day.");
        assertThat(rotated.encrypt("Hard day.")).startsWith("v1:k2025:");
        assertThatThrownBy(() -> new FieldCipher(NEW, "k2025").decrypt(underOldKey))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("k2024");
    }

    @Test
    void anAlteredValueOrARelabelledKeyIdIsRefused() {
        FieldCipher cipher = new FieldCipher(OLD + "," + NEW, "k2025");
        String stored = cipher.encrypt("Hard day.");
        // Flip one bit of the ciphertext itself (editing a base64 character can land on padding bits that decode
        // to the same bytes, which made this test pass or fail by chance).
        String prefix = stored.substring(0, stored.lastIndexOf(':') + 1);
        byte[] bytes = java.util.Base64.getDecoder().decode(stored.substring(prefix.length()));
        bytes[bytes.length / 2] ^= 0x01;
        String altered = prefix + java.util.Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> cipher.decrypt(altered)).isInstanceOf(IllegalStateException.class);
        // The key id is authenticated: the same bytes claimed under the other key do not decrypt.
        assertThatThrownBy(() -> cipher.decrypt(stored.replace("v1:k2025:", "v1:k2024:")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void textWrittenBeforeEncryptionIsReadAsItIs() {
        assertThat(new FieldCipher(NEW, "").decrypt("Feeling steady")).isEqualTo("Feeling steady");
    }

    @Test
    void startingWithoutAUsableKeyIsRefused() {
        assertThatThrownBy(() -> new FieldCipher("", "")).hasMessageContaining("PORTAL_ENCRYPTION_KEYS");
        assertThatThrownBy(() -> new FieldCipher("short:AAAA", "")).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new FieldCipher(NEW, "missing")).hasMessageContaining("current-key");
    }
}
