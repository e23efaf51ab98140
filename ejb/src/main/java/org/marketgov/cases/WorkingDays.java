package org.marketgov.cases;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * CMP-2, CMP-8: deadlines counted in working days, Monday to Friday in the site's
 * zone. A deadline falls at the same time of day on the n-th working day after the
 * start; a case that arrives on a Saturday or Sunday starts at the beginning of the
 * next Monday, so it still gets n whole working days. Deadlines set in hours, and
 * the time a case waited for its parties, count only time on working days too: 24
 * hours from Friday 20:00 end on Monday 20:00.
 *
 * <p>Limitation: public holidays and make-up working days are not known; only
 * weekends are skipped.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The moment {@code days} working days after {@code start}, in the site's zone. */
    public static OffsetDateTime after(OffsetDateTime start, int days, ZoneId zone) {
        ZonedDateTime at = nextWorkingMoment(start.atZoneSameInstant(zone));

        int counted = 0;
        while (counted < days) {
            at = at.plusDays(1);
            if (!isWeekend(at.toLocalDate())) {
                counted++;
            }
        }
        return at.toOffsetDateTime();
    }

    /**
     * The moment {@code length} of working time after {@code start}: time on Saturdays
     * and Sundays in the site's zone does not count.
     */
    public static OffsetDateTime plus(OffsetDateTime start, Duration length, ZoneId zone) {
        ZonedDateTime at = nextWorkingMoment(start.atZoneSameInstant(zone));
        Duration left = length.isNegative() ? Duration.ZERO : length;
        while (true) {
            ZonedDateTime dayEnd = at.toLocalDate().plusDays(1).atStartOfDay(zone);
            Duration today = Duration.between(at, dayEnd);
            if (left.compareTo(today) <= 0) {
                return at.plus(left).toOffsetDateTime();
            }
            left = left.minus(today);
            at = nextWorkingMoment(dayEnd);
        }
    }

    /** The working time between two moments: the part of it on Monday to Friday. */
    public static Duration between(OffsetDateTime from, OffsetDateTime to, ZoneId zone) {
        ZonedDateTime end = to.atZoneSameInstant(zone);
        ZonedDateTime at = nextWorkingMoment(from.atZoneSameInstant(zone));
        Duration counted = Duration.ZERO;
        while (at.isBefore(end)) {
            ZonedDateTime dayEnd = at.toLocalDate().plusDays(1).atStartOfDay(zone);
            counted = counted.plus(Duration.between(at, dayEnd.isBefore(end) ? dayEnd : end));
            at = nextWorkingMoment(dayEnd);
        }
        return counted;
    }

    /** The moment itself on a working day, else the start of the next Monday. */
    private static ZonedDateTime nextWorkingMoment(ZonedDateTime at) {
        LocalDate day = at.toLocalDate();
        if (!isWeekend(day)) {
            return at;
        }
        while (isWeekend(day)) {
            day = day.plusDays(1);
        }
        return day.atStartOfDay(at.getZone());
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
