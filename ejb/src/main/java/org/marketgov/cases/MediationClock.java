package org.marketgov.cases;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * CMP-3, CMP-8: when an accepted complaint is due to be mediated. The deadline lies the
 * mediation working days after admission, pushed back by every stretch the case spent
 * waiting for the parties (a proposal waiting for their answers): that time is theirs,
 * not the site's. The waits are working time and push the deadline by working time, so
 * a weekend neither lengthens a wait nor lets the deadline land on a Saturday. While
 * the case is waiting, the deadline moves with the clock, so a case that was on time
 * stays on time until the parties have answered.
 */
public final class MediationClock {

    private MediationClock() {
    }

    /**
     * The mediation deadline. {@code paused} is the working time of finished waits;
     * {@code waitingSince} the start of the current wait, or null.
     */
    public static OffsetDateTime due(OffsetDateTime admittedAt, int workingDays, ZoneId zone,
            Duration paused, OffsetDateTime waitingSince, OffsetDateTime now) {
        Duration waited = paused;
        if (waitingSince != null && now.isAfter(waitingSince)) {
            waited = waited.plus(WorkingDays.between(waitingSince, now, zone));
        }

        return WorkingDays.plus(WorkingDays.after(admittedAt, workingDays, zone), waited, zone);
    }
}
