package org.marketgov.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"password2024", "Dragon12345", "woaini5201314", "1qaz2wsx3edc4rfv",
        "zhang19900101", "qwerty123456", "football1234", "147258369147258369"})
    @DisplayName("MEM-1 the shipped list refuses well-known weak patterns of ten characters"
            + " or more")
    void commonPatternsRefused(String password) {
        assertEquals(Optional.of("this password is too common"),
                PasswordPolicy.problem(password, "li_lei"));
    }

    @Test
    @DisplayName("MEM-1 the shipped common-password list holds thousands of entries")
    void commonListIsLarge() {
        assertTrue(PasswordPolicy.commonCount() > 5_000);
    }
}
