package org.marketgov.persistence.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private static String key(int seed) {
        byte[] k = new byte[32];
        java.util.Arrays.fill(k, (byte) seed);
        return Base64.getEncoder().encodeToString(k);
    }

    @Test
    @DisplayName("DS-1 a personal field is stored as AES-GCM ciphertext with its key version")
    void encryptsWithVersion() {
        FieldCipher cipher = FieldCipher.fromEnvironment(Map.of("MARKET_FIELD_KEYS", "1=" + key(1)));

        String stored = cipher.encrypt("13800138000");

        assertTrue(stored.startsWith("v1:"));
        assertFalse(stored.contains("13800138000"));
        assertEquals("13800138000", cipher.decrypt(stored));
        assertNotEquals(stored, cipher.encrypt("13800138000"), "a fresh IV per value");
    }

    @Test
    @DisplayName("DS-1 after rotation new values use the new key and old ones still decrypt")
    void rotation() {
        FieldCipher old = FieldCipher.fromEnvironment(Map.of("MARKET_FIELD_KEYS", "1=" + key(1)));
        FieldCipher rotated = FieldCipher.fromEnvironment(
                Map.of("MARKET_FIELD_KEYS", "1=" + key(1) + ",2=" + key(2)));

        String before = old.encrypt("110101199003074258");

        assertEquals("110101199003074258", rotated.decrypt(before));
        assertTrue(rotated.encrypt("x").startsWith("v2:"));
    }

    @Test
    @DisplayName("DS-1 adding a key version keeps the digests that find barred and taken values")
    void rotationKeepsDigests() {
        FieldCipher old = FieldCipher.fromEnvironment(Map.of("MARKET_FIELD_KEYS", "1=" + key(1)));
        FieldCipher rotated = FieldCipher.fromEnvironment(
                Map.of("MARKET_FIELD_KEYS", "1=" + key(1) + ",2=" + key(2)));
        FieldCipher other = FieldCipher.fromEnvironment(Map.of("MARKET_FIELD_KEYS", "1=" + key(4)));

        assertEquals(old.digest("13800138000"), rotated.digest("13800138000"));
        assertNotEquals(old.digest("13800138000"), other.digest("13800138000"));
    }

    @Test
    @DisplayName("DS-1 a field key that is not 256 bits is refused at start-up")
    void shortKeyRefused() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        assertThrows(IllegalStateException.class,
                () -> FieldCipher.fromEnvironment(Map.of("MARKET_FIELD_KEYS", "1=" + shortKey)));
    }

    @Test
    @DisplayName("DS-1 a tampered ciphertext is refused, not decrypted to garbage")
    void tamperDetected() {
        FieldCipher cipher = FieldCipher.fromEnvironment(Map.of("MARKET_FIELD_KEYS", "1=" + key(3)));
        String stored = cipher.encrypt("secret address");
        char[] chars = stored.toCharArray();
        int i = chars.length - 3;
        chars[i] = chars[i] == 'A' ? 'B' : 'A';

        assertThrows(IllegalStateException.class, () -> cipher.decrypt(new String(chars)));
    }

    @Test
    @DisplayName("DS-1 masking keeps only the ends of a phone number")
    void masking() {
        assertEquals("138****8000", Masking.phone("13800138000"));
        assertEquals("a***@example.com", Masking.email("alice@example.com"));
    }
}
