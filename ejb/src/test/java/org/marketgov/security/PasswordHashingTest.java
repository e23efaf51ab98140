package org.marketgov.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    @DisplayName("DS-2 passwords are stored as salted PBKDF2 with at least 210,000 iterations")
    void slowSaltedHash() {
        String a = PasswordHashing.hash("Blue-Lantern-77");
        String b = PasswordHashing.hash("Blue-Lantern-77");

        assertTrue(a.startsWith("pbkdf2-sha256$210000$"), a);
        assertNotEquals(a, b, "each hash has its own salt");
        assertFalse(a.contains("Blue-Lantern-77"));
        assertTrue(PasswordHashing.matches("Blue-Lantern-77", a));
        assertFalse(PasswordHashing.matches("blue-lantern-77", a));
        assertFalse(PasswordHashing.matches("Blue-Lantern-77", "plain"));
    }
}
