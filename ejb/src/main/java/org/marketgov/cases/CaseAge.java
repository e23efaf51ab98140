package org.marketgov.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * CMP-8: how long a case has waited, in whole hours, and whether it is past its due
 * time. A case with no due time (one waiting for nobody at the site) is never late.
 */
public record CaseAge(long hours, boolean overdue) {

    public static CaseAge of(OffsetDateTime openedAt, OffsetDateTime dueAt, Clock clock) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        long hours = Math.max(0, Duration.between(openedAt, now).toHours());
        return new CaseAge(hours, dueAt != null && now.isAfter(dueAt));
    }
}
