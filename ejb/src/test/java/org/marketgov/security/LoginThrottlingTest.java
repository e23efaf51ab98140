package org.marketgov.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.marketgov.persistence.security.LoginThrottle;
import org.marketgov.security.LoginThrottling.Limits;
import org.marketgov.security.LoginThrottling.Run;

class LoginThrottlingTest {

    private static final OffsetDateTime T0 =
            OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final Limits LIMITS =
            new Limits(3, Duration.ofMinutes(15), 100, Duration.ofMinutes(15));

    private static Clock at(OffsetDateTime t) {
        return Clock.fixed(t.toInstant(), ZoneOffset.UTC);
    }

    @Test
    @DisplayName("DS-2 two failures in a row do not slow the account down")
    void twoFailuresPass() {
        Run run = new Run(2, T0);

        assertTrue(LoginThrottling.accountRefusedUntil(run, LIMITS).isEmpty());
        assertFalse(LoginThrottling.refusesAccount(run, LIMITS, at(T0)));
    }

    @Test
    @DisplayName("DS-2 after the third failure the account refuses attempts for 2^3 seconds")
    void thirdFailureRefusesEightSeconds() {
        Run run = new Run(3, T0);

        assertEquals(Optional.of(T0.plusSeconds(8)),
                LoginThrottling.accountRefusedUntil(run, LIMITS));
        assertTrue(LoginThrottling.refusesAccount(run, LIMITS, at(T0.plusSeconds(7))));
        assertFalse(LoginThrottling.refusesAccount(run, LIMITS, at(T0.plusSeconds(8))));
    }

    @Test
    @DisplayName("DS-2 each further failure doubles the refusal, up to the longest delay")
    void delayDoublesUpToCap() {
        assertEquals(Optional.of(T0.plusSeconds(16)),
                LoginThrottling.accountRefusedUntil(new Run(4, T0), LIMITS));
        assertEquals(Optional.of(T0.plusSeconds(512)),
                LoginThrottling.accountRefusedUntil(new Run(9, T0), LIMITS));
        assertEquals(Optional.of(T0.plusMinutes(15)),
                LoginThrottling.accountRefusedUntil(new Run(10, T0), LIMITS));
        assertEquals(Optional.of(T0.plusMinutes(15)),
                LoginThrottling.accountRefusedUntil(new Run(5000, T0), LIMITS));
    }

    @Test
    @DisplayName("DS-2 an address is refused from its hundredth failure until it stays quiet")
    void addressLimit() {
        Run below = new Run(99, T0);
        Run reached = new Run(100, T0);

        assertFalse(LoginThrottling.refusesAddress(below, LIMITS, at(T0)));
        assertTrue(LoginThrottling.refusesAddress(reached, LIMITS, at(T0.plusMinutes(14))));
        assertFalse(LoginThrottling.refusesAddress(reached, LIMITS, at(T0.plusMinutes(15))));
    }

    @Test
    @DisplayName("DS-2 a raised address limit applies at once to runs already counted")
    void addressLimitReadAtAskingTime() {
        Limits raised = new Limits(3, Duration.ofMinutes(15), 500, Duration.ofMinutes(15));

        assertFalse(LoginThrottling.refusesAddress(new Run(100, T0), raised, at(T0)));
    }

    @Test
    @DisplayName("DS-2 no failures refuse nothing")
    void emptyRun() {
        assertFalse(LoginThrottling.refusesAccount(Run.NONE, LIMITS, at(T0)));
        assertFalse(LoginThrottling.refusesAddress(Run.NONE, LIMITS, at(T0)));
    }

    @Test
    @DisplayName("DS-2 a stored run counts failures close together and restarts after quiet")
    void storedRun() {
        LoginThrottle row = new LoginThrottle("account:someone");
        Duration quiet = Duration.ofMinutes(15);

        row.recordFailure(T0, quiet);
        row.recordFailure(T0.plusMinutes(14), quiet);
        assertEquals(2, row.failures());
        row.recordFailure(T0.plusMinutes(29), quiet);

        assertEquals(1, row.failures());
        assertEquals(T0.plusMinutes(29), row.lastFailureAt());
    }
}
