package org.marketgov.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.marketgov.persistence.security.Credential;

class CredentialTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final Duration LOCK = Duration.ofMinutes(15);

    @Test
    @DisplayName("DS-2 the fifth failure in a row locks the account for the lock period")
    void fifthFailureLocks() {
        Credential c = new Credential("hash");

        for (int i = 0; i < 4; i++) {
            c.recordFailure(NOW, 5, LOCK);
        }
        assertFalse(c.isLocked(NOW));
        c.recordFailure(NOW, 5, LOCK);

        assertTrue(c.isLocked(NOW));
        assertTrue(c.isLocked(NOW.plusMinutes(14)));
        assertFalse(c.isLocked(NOW.plusMinutes(15)));
    }

    @Test
    @DisplayName("DS-2 a successful login ends the run of failures")
    void successResets() {
        Credential c = new Credential("hash");
        for (int i = 0; i < 4; i++) {
            c.recordFailure(NOW, 5, LOCK);
        }

        c.recordSuccess();
        c.recordFailure(NOW, 5, LOCK);

        assertEquals(1, c.failedLogins());
        assertFalse(c.isLocked(NOW));
    }
}
