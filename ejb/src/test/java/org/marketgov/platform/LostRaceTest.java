package org.marketgov.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LostRaceTest {

    private static Throwable wrapped(Throwable cause) {
        return new EJBException(new PersistenceException("commit failed", cause));
    }

    @ParameterizedTest
    @ValueSource(strings = {"40001", "40P01", "55P03", "HYT00", "90131", "23505"})
    @DisplayName("RISK-3 lock timeouts, serialization failures, deadlocks, taken keys lose a race")
    void raceStates(String state) {
        assertTrue(LostRace.in(wrapped(new SQLException("busy", state))));
    }

    @Test
    @DisplayName("RISK-3 an optimistic lock failure, however deeply wrapped, is a lost race")
    void optimisticLock() {
        assertTrue(LostRace.in(wrapped(new OptimisticLockException("stale"))));
        assertTrue(LostRace.is(new OptimisticLockException("stale")));
    }

    @Test
    @DisplayName("RISK-3 other failures are faults, not races")
    void otherFailures() {
        assertFalse(LostRace.in(wrapped(new SQLException("syntax", "42601"))));
        assertFalse(LostRace.in(wrapped(new SQLException("no state"))));
        assertFalse(LostRace.in(new IllegalStateException("bug")));
        assertFalse(LostRace.in(null));
    }
}
