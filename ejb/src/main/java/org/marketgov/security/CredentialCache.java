package org.marketgov.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a short while, that a username and password were verified against a
 * given stored hash, so HTTP Basic calls need not pay for PBKDF2 on every request.
 * The key is a keyed SHA-256 over the presented credentials and the stored hash; a
 * password change therefore misses the cache at once. Lockout and member status
 * are still checked on every call. The cache holds no business state: losing it
 * only costs one slow hash.
 */
@ApplicationScoped
public class CredentialCache {

    private static final Duration TTL = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 20_000;

    private final Map<String, Instant> verified = new ConcurrentHashMap<>();
    private final byte[] pepper = new byte[32];

    public CredentialCache() {
        new SecureRandom().nextBytes(pepper);
    }

    public boolean isVerified(String username, String password, String storedHash, Instant now) {
        Instant until = verified.get(key(username, password, storedHash));
        return until != null && now.isBefore(until);
    }

    public void remember(String username, String password, String storedHash, Instant now) {
        if (verified.size() >= MAX_ENTRIES) {
            verified.values().removeIf(until -> !now.isBefore(until));
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(key(username, password, storedHash), now.plus(TTL));
    }

    private String key(String username, String password, String storedHash) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(pepper);
            for (String part : new String[] {username, password, storedHash}) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
