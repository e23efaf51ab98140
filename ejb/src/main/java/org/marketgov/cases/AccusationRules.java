package org.marketgov.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.marketgov.persistence.cases.AccusationStatus;
import org.marketgov.platform.RuleViolation;

/**
 * CMP-5: the accused may appeal once, within a number of days (a setting, 7 by
 * default) after the accusation was filed, and only while it is undecided. STAFF
 * decides only once the accused has appealed or the window has closed: an earlier
 * decision would take the right of appeal away.
 */
public final class AccusationRules {

    private AccusationRules() {
    }

    /** CMP-5: the end of the appeal window for an accusation filed at {@code filedAt}. */
    public static OffsetDateTime appealUntil(OffsetDateTime filedAt, int days) {
        return filedAt.plus(Duration.ofDays(days));
    }

    /** CMP-5: refuses a second appeal, a late one, or one on a decided accusation. */
    public static void requireMayAppeal(AccusationStatus status, OffsetDateTime appealedAt,
            OffsetDateTime appealUntil, Clock clock) {
        if (appealedAt != null) {
            throw new RuleViolation("CMP-5", "an accusation may be appealed only once");
        }
        if (status.isDecided()) {
            throw new RuleViolation("CMP-5", "the accusation is already decided");
        }
        if (OffsetDateTime.now(clock).isAfter(appealUntil)) {
            throw new RuleViolation("CMP-5", "the appeal window closed at " + appealUntil);
        }
    }

    /** CMP-5: a decision is taken once. */
    public static void requireUndecided(AccusationStatus status) {
        if (status.isDecided()) {
            throw new RuleViolation("CMP-5", "the accusation is already decided");
        }
    }

    /**
     * CMP-5: refuses a second decision, and a decision while the accused may still
     * appeal (no appeal yet and the window still open).
     */
    public static void requireMayDecide(AccusationStatus status, OffsetDateTime appealedAt,
            OffsetDateTime appealUntil, Clock clock) {
        requireUndecided(status);
        if (appealedAt == null && !OffsetDateTime.now(clock).isAfter(appealUntil)) {
            throw new RuleViolation("CMP-5", "the accused may appeal until " + appealUntil
                    + "; decide after an appeal or after the window");
        }
    }
}
