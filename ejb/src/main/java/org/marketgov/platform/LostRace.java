package org.marketgov.platform;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Set;

/**
 * Recognises a request that lost a race with another one on the same data: the other
 * request changed a row first (optimistic lock, unique key), or the database gave up
 * waiting for it (lock timeout, serialization failure, deadlock). Such a request
 * changed nothing, because its transaction rolled back, and repeating it after a
 * reload is the right answer; the edges answer it as a conflict, not as a fault.
 */
public final class LostRace {

    /**
     * SQL states of a transaction the database stopped because of another one:
     * PostgreSQL serialization failure, deadlock and lock not available; H2 lock
     * timeout and concurrent update of one row. States of class 23 (a unique or
     * foreign key taken meanwhile) count too.
     */
    private static final Set<String> STATES = Set.of("40001", "40P01", "55P03", "HYT00",
            "90131");

    private LostRace() {
    }

    /** Whether the exception, or any of its causes, says the request lost a race. */
    public static boolean in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (is(t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether this one exception, not its causes, says the request lost a race. */
    public static boolean is(Throwable t) {
        return t instanceof OptimisticLockException || t instanceof PessimisticLockException
                || t instanceof LockTimeoutException || isRaceState(t);
    }

    private static boolean isRaceState(Throwable t) {
        if (!(t instanceof SQLException s) || s.getSQLState() == null) {
            return false;
        }
        String state = s.getSQLState();
        return state.startsWith("23") || STATES.contains(state);
    }
}
