package com.milestonerecovery.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Audit details are cut to the column's size in code points, as MariaDB counts them, never inside an emoji. */
class AuditTrailTruncateTest {

    @Test
    void cutsAtCodePointsAndNeverSplitsASurrogatePair() {
        String reason = "z" + "😀".repeat(600);
        String cut = AuditTrail.truncate(reason, 500);
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(500);
        assertThat(cut).isEqualTo("z" + "😀".repeat(499));
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
    }

    @Test
    void keepsWhatFitsAndNull() {
        String fits = "😀".repeat(500); // 1,000 UTF-16 units, 500 characters
        assertThat(AuditTrail.truncate(fits, 500)).isSameAs(fits);
        assertThat(AuditTrail.truncate(null, 500)).isNull();
        assertThat(AuditTrail.truncate("ñandú", 3)).isEqualTo("ñan");
    }
}
