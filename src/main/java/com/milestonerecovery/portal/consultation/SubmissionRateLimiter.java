package com.milestonerecovery.portal.consultation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Per-address and per-contact limits on consultation requests (token buckets, Bucket4j). Keys are hashed so
 * no address, email or phone number sits in memory in the clear. Kept in this server's memory: with several
 * servers each enforces its own share, which still stops floods from one source.
 */
@Component
class SubmissionRateLimiter {

    private final int perHour;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(2))
            .maximumSize(100_000)
            .build();

    SubmissionRateLimiter(@Value("${portal.consultation.max-per-hour:5}") int perHour) {
        this.perHour = perHour;
    }

    /** Takes one token from each key's bucket; false (and nothing taken) if any bucket is empty. */
    synchronized boolean tryAcquire(String... keys) {
        Bucket[] selected = new Bucket[keys.length];
        for (int i = 0; i < keys.length; i++) {
            selected[i] = buckets.get(hash(keys[i]), k -> newBucket());
            if (selected[i].getAvailableTokens() < 1) {
                return false;
            }
        }
        for (Bucket bucket : selected) {
            bucket.tryConsume(1);
        }
        return true;
    }

    /** Forgets every bucket (tests only, so one test's submissions do not count against the next). */
    void reset() {
        buckets.invalidateAll();
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perHour).refillIntervally(perHour, Duration.ofHours(1)))
                .build();
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
