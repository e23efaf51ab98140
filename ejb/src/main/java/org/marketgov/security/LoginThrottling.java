package org.marketgov.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * DS-2: when failed logins make the site refuse further attempts without looking at
 * the password. After {@code accountAfter} failures in a row an account refuses every
 * attempt for 2^n seconds from its n-th failure (at most {@code accountMaxDelay}); a
 * client address that failed {@code addressMaxFailures} times across any accounts,
 * each within {@code addressWindow} of the previous one, is refused until it stays
 * quiet for that window. The lockout after five failures stays as it is; this policy
 * slows the guesses before it and spreads across accounts.
 */
public final class LoginThrottling {

    /** How far more than 2^62 seconds could never be reached; the shift stops there. */
    private static final int MAX_SHIFT = 62;

    private LoginThrottling() {
    }

    /** The limits, read from the site settings. */
    public record Limits(int accountAfter, Duration accountMaxDelay, int addressMaxFailures,
            Duration addressWindow) {
    }

    /** A run of failures: how many, and when the latest was; {@code null} time for none. */
    public record Run(int failures, OffsetDateTime lastFailureAt) {

        public static final Run NONE = new Run(0, null);
    }

    /** Until when an account with this run refuses attempts, if it does at all. */
    public static Optional<OffsetDateTime> accountRefusedUntil(Run run, Limits limits) {
        if (run.lastFailureAt() == null || run.failures() < limits.accountAfter()) {
            return Optional.empty();
        }
        Duration delay = Duration.ofSeconds(1L << Math.min(run.failures(), MAX_SHIFT));
        if (delay.compareTo(limits.accountMaxDelay()) > 0) {
            delay = limits.accountMaxDelay();
        }
        return Optional.of(run.lastFailureAt().plus(delay));
    }

    /** Whether an attempt on an account with this run is refused now. */
    public static boolean refusesAccount(Run run, Limits limits, Clock clock) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return accountRefusedUntil(run, limits).map(now::isBefore).orElse(false);
    }

    /**
     * Whether an attempt from an address with this run is refused now. The limit is
     * compared at the time of asking, so lowering or raising the setting takes effect
     * at once, also for runs already counted.
     */
    public static boolean refusesAddress(Run run, Limits limits, Clock clock) {
        if (run.lastFailureAt() == null || run.failures() < limits.addressMaxFailures()) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        return now.isBefore(run.lastFailureAt().plus(limits.addressWindow()));
    }
}
