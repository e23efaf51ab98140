package org.marketgov.cases;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * CMP-3, CMP-8: when an accepted complaint is due to be mediated. The deadline lies the
 * mediation working days after admission, pushed back by every stretch the case spent
 * waiting for the parties (a proposal waiting for their answers): that time is theirs,
 * not the site's. While the case is waiting, the deadline moves with the clock, so a
 * case that was on time stays on time until the parties have answered.
 */
public final class MediationClock {

    private MediationClock() {
    }

    /**
     * The mediation deadline. {@code paused} is the length of finished waits;
     * {@code waitingSince} the start of the current wait, or null.
     */
    public static OffsetDateTime due(OffsetDateTime admittedAt, int workingDays, ZoneId zone,
            Duration paused, OffsetDateTime waitingSince, OffsetDateTime now) {
        OffsetDateTime due = WorkingDays.after(admittedAt, workingDays, zone).plus(paused);

        if (waitingSince != null && now.isAfter(waitingSince)) {
            due = due.plus(Duration.between(waitingSince, now));
        }
        return due;
    }
}
