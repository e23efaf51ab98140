package org.marketgov.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * CMP-4: the code an anonymous informant follows a case with. It is random (128 bits)
 * and handed out once; only its SHA-256 hash is stored, so the database alone does
 * not let anyone follow a case.
 *
 * <p>Limitation: when the report is filed with an {@code Idempotency-Key}, the first
 * response, tracking code included, is kept in the idempotency store so that a repeat
 * can return it.
 */
final class TrackingCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {
    }

    static String newCode() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return "T" + HexFormat.of().withUpperCase().formatHex(bytes);
    }

    static String hash(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(code.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
