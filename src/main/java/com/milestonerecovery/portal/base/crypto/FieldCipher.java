package com.milestonerecovery.portal.base.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Encrypts free-text clinical fields at rest with AES-256-GCM. A stored value reads
 * {@code v1:<key id>:<base64 of 12-byte IV + ciphertext + tag>}; the key id is bound to the ciphertext as
 * associated data, so keys can rotate: new values use the current key, older values still decrypt with
 * the key named in them. Keys come from {@code portal.encryption.keys} ({@code PORTAL_ENCRYPTION_KEYS}:
 * {@code id:base64key,id2:base64key}) and {@code portal.encryption.current-key}. Values without the
 * {@code v1:} prefix were written before encryption and are returned as they are.
 */
@Component
public class FieldCipher {

    static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKey> keys;
    private final String currentKeyId;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    public FieldCipher(Environment env) {
        this(env.getProperty("portal.encryption.keys", ""), env.getProperty("portal.encryption.current-key", ""));
    }

    FieldCipher(String keyList, String currentKeyId) {
        this.keys = parse(keyList);
        if (keys.isEmpty()) {
            throw new IllegalStateException("PORTAL_ENCRYPTION_KEYS is not set: free-text clinical fields are"
                    + " encrypted at rest and need a key (id:base64 of 32 bytes)");
        }
        this.currentKeyId = StringUtils.hasText(currentKeyId) ? currentKeyId.strip()
                : keys.keySet().iterator().next();
        if (!keys.containsKey(this.currentKeyId)) {
            throw new IllegalStateException("portal.encryption.current-key names no configured key");
        }
    }

    private static Map<String, SecretKey> parse(String keyList) {
        Map<String, SecretKey> parsed = new LinkedHashMap<>();
        for (String entry : keyList.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon < 1) {
                throw new IllegalStateException("An encryption key must read id:base64key");
            }
            String id = entry.substring(0, colon).strip();
            if (!id.matches("[A-Za-z0-9_-]{1,32}")) {
                throw new IllegalStateException("An encryption key id may hold letters, digits, - and _ only");
            }
            byte[] key = Base64.getDecoder().decode(entry.substring(colon + 1).strip());
            if (key.length != 32) {
                throw new IllegalStateException("Encryption key " + id + " must be 32 bytes (AES-256)");
            }
            parsed.put(id, new SecretKeySpec(key, "AES"));
        }
        return parsed;
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(currentKeyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return PREFIX + currentKeyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        int colon = stored.indexOf(':', PREFIX.length());
        if (colon < 0) {
            throw new IllegalStateException("Malformed encrypted value");
        }
        String keyId = stored.substring(PREFIX.length(), colon);
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("No encryption key with id " + keyId + " is configured");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("An encrypted value could not be decrypted (wrong key or altered)", e);
        }
    }
}
