package org.marketgov.persistence.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * DS-1: encrypts personal fields with AES-256-GCM. Keys come from the environment
 * variable {@code MARKET_FIELD_KEYS} as {@code version=base64key} pairs separated by
 * commas; the highest version encrypts, every listed version decrypts, so a key is
 * rotated by adding a new version. Ciphertexts read {@code v<version>:<base64>}.
 * Lookups of encrypted values (a phone number already registered, a barred ID
 * number) use {@link #digest}, an HMAC keyed by {@code MARKET_DIGEST_KEY}.
 *
 * <p>Without those variables a development key derived from a fixed phrase is used
 * and {@link #usesDevelopmentKey()} says so; it must never protect real data.
 *
 * <p>Limitation: after a rotation, values stay under their old key version until they
 * are written again; there is no job yet that re-encrypts old values in bulk.
 */
public final class FieldCipher {

    private static final String DEV_PHRASE = "DEVELOPMENT ONLY - market governance field key";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final FieldCipher SHARED = fromEnvironment(System.getenv());

    private final TreeMap<Integer, SecretKeySpec> keys;
    private final SecretKeySpec digestKey;
    private final boolean developmentKey;
    private final SecureRandom random = new SecureRandom();

    FieldCipher(Map<Integer, byte[]> keys, byte[] digestKey, boolean developmentKey) {
        this.keys = new TreeMap<>();
        keys.forEach((v, k) -> this.keys.put(v, new SecretKeySpec(k, "AES")));
        this.digestKey = new SecretKeySpec(digestKey, "HmacSHA256");
        this.developmentKey = developmentKey;
    }

    public static FieldCipher shared() {
        return SHARED;
    }

    static FieldCipher fromEnvironment(Map<String, String> env) {
        String configured = env.get("MARKET_FIELD_KEYS");
        if (configured == null || configured.isBlank()) {
            byte[] dev = sha256(DEV_PHRASE);
            return new FieldCipher(Map.of(1, dev), sha256(DEV_PHRASE + " digest"), true);
        }
        TreeMap<Integer, byte[]> keys = new TreeMap<>();
        for (String pair : configured.split(",")) {
            String[] parts = pair.trim().split("=", 2);
            byte[] key = Base64.getDecoder().decode(parts[1].trim());
            if (key.length != 32) {
                throw new IllegalStateException("MARKET_FIELD_KEYS: key version "
                        + parts[0].trim() + " is not 32 bytes (AES-256)");
            }
            keys.put(Integer.parseInt(parts[0].trim()), key);
        }
        return new FieldCipher(keys, digestKey(env, keys), false);
    }

    /**
     * The digests that find equal values (a barred ID number, a phone already in use)
     * must not change when a key is added, or those checks would silently stop
     * matching. Without its own key the digest key is derived from the oldest field
     * key, which rotation keeps.
     *
     * <p>Limitation: retiring the oldest field key without setting MARKET_DIGEST_KEY
     * changes every digest; the stored digests would then have to be recomputed.
     */
    private static byte[] digestKey(Map<String, String> env, TreeMap<Integer, byte[]> keys) {
        String own = env.get("MARKET_DIGEST_KEY");
        if (own != null && !own.isBlank()) {
            return sha256(own);
        }
        byte[] oldest = keys.firstEntry().getValue();
        return sha256("digest:" + Base64.getEncoder().encodeToString(oldest));
    }

    public boolean usesDevelopmentKey() {
        return developmentKey;
    }

    public int currentVersion() {
        return keys.lastKey();
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        int version = keys.lastKey();
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(version), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            ByteBuffer out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed);
            return "v" + version + ":" + Base64.getEncoder().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("field encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        if (!stored.startsWith("v") || colon < 2) {
            throw new IllegalStateException("stored field is not in the v<version>: form");
        }
        SecretKeySpec key = keys.get(Integer.parseInt(stored.substring(1, colon)));
        if (key == null) {
            throw new IllegalStateException("no key for field version "
                    + stored.substring(0, colon));
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(colon + 1));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            byte[] plain = cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "field decryption failed: wrong key or tampered value", e);
        }
    }

    /** A keyed, deterministic digest for finding equal values without decrypting. */
    public String digest(String normalized) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(digestKey);
            byte[] digest = mac.doFinal(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
