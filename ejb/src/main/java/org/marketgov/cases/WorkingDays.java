package org.marketgov.cases;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * CMP-2, CMP-8: deadlines counted in working days, Monday to Friday in the site's
 * zone. A deadline falls at the same time of day on the n-th working day after the
 * start; a case that arrives on a Saturday or Sunday starts at the beginning of the
 * next Monday, so it still gets n whole working days.
 *
 * <p>Limitation: public holidays and make-up working days are not known; only
 * weekends are skipped.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The moment {@code days} working days after {@code start}, in the site's zone. */
    public static OffsetDateTime after(OffsetDateTime start, int days, ZoneId zone) {
        ZonedDateTime at = start.atZoneSameInstant(zone);
        if (isWeekend(at.toLocalDate())) {
            LocalDate monday = at.toLocalDate();
            while (isWeekend(monday)) {
                monday = monday.plusDays(1);
            }
            at = monday.atStartOfDay(zone);
        }

        int counted = 0;
        while (counted < days) {
            at = at.plusDays(1);
            if (!isWeekend(at.toLocalDate())) {
                counted++;
            }
        }
        return at.toOffsetDateTime();
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
