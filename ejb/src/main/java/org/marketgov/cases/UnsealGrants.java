package org.marketgov.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.marketgov.persistence.cases.UnsealStatus;
import org.marketgov.platform.RuleViolation;

/**
 * DS-4: the rules of break-glass unsealing. A request is decided once, and never by the
 * one who made it. An approval is a grant to the requester alone, for a number of
 * minutes (a setting, 30 by default) after the approval; once it has run out the
 * informant is sealed again and a new request is needed.
 */
public final class UnsealGrants {

    private UnsealGrants() {
    }

    /** DS-4: the end of a grant approved at {@code approvedAt}. */
    public static OffsetDateTime grantedUntil(OffsetDateTime approvedAt, int minutes) {
        return approvedAt.plus(Duration.ofMinutes(minutes));
    }

    /** DS-4: refuses a second decision and a decision on one's own request. */
    public static void requireMayDecide(UnsealStatus status, String requester,
            String decider) {
        if (status != UnsealStatus.PENDING) {
            throw new RuleViolation("DS-4", "the unseal request is already " + status);
        }
        if (requester.equalsIgnoreCase(decider)) {
            throw new RuleViolation("DS-4",
                    "an unseal request is decided by an AUDITOR other than its requester");
        }
    }

    /** DS-4: whether the grant lets its requester read at this moment. */
    public static boolean isActive(UnsealStatus status, OffsetDateTime grantedUntil,
            Clock clock) {
        return status == UnsealStatus.APPROVED && grantedUntil != null
                && !OffsetDateTime.now(clock).isAfter(grantedUntil);
    }

    /**
     * DS-4: the requester reads only under an approved grant that has not run out; the
     * caller has already checked that the reader is the requester.
     */
    public static void requireMayRead(UnsealStatus status, OffsetDateTime grantedUntil,
            Clock clock) {
        if (status != UnsealStatus.APPROVED) {
            throw new RuleViolation("DS-4", "the unseal request is " + status
                    + "; only an approved request grants a read");
        }
        if (!isActive(status, grantedUntil, clock)) {
            throw new RuleViolation("DS-4", "the grant ran out at " + grantedUntil
                    + "; the informant is sealed again");
        }
    }
}
