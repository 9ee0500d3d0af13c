package com.milestonerecovery.portal.bench;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Measures the cost of one password hash on this machine, for docs/decisions/007-authentication.md.
 * Run: {@code ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt} then
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) com.milestonerecovery.portal.bench.PasswordHashCost}.
 */
public final class PasswordHashCost {

    private PasswordHashCost() {
    }

    public static void main(String[] args) {
        measure("argon2id m=19456 KiB t=2 p=1 (production)", new Argon2PasswordEncoder(16, 32, 1, 19456, 2));
        measure("argon2id m=1024 KiB t=1 p=1 (tests)", new Argon2PasswordEncoder(16, 32, 1, 1024, 1));
        measure("bcrypt cost 12 (before)", new BCryptPasswordEncoder(12));
        measure("bcrypt cost 13", new BCryptPasswordEncoder(13));
    }

    private static void measure(String name, PasswordEncoder encoder) {
        String password = "harbor lantern morning tide";
        for (int i = 0; i < 3; i++) {
            encoder.matches(password, encoder.encode(password)); // warm-up
        }
        int rounds = 10;
        long[] times = new long[rounds];
        String hash = encoder.encode(password);
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            encoder.matches(password, hash);
            times[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(times);
        System.out.printf("%-45s median %6.1f ms  min %6.1f ms  max %6.1f ms%n", name, times[rounds / 2] / 1e6,
                times[0] / 1e6, times[rounds - 1] / 1e6);
    }
}
