package org.marketgov.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.marketgov.credit.CreditViews.Counts;
import org.marketgov.credit.CreditViews.Tally;

/**
 * CR-10: the counts a profile shows, relative to today in the site zone. The last week
 * is today and the six days before; the last month and the last six months reach back
 * one and six calendar months; "older" is everything before that. The buckets include
 * each other (a praise of yesterday counts in the week, the month and the half year).
 * Only the days of the last six months are needed: "older" is the all-time total
 * minus the half year, so the work does not grow with the member's history.
 */
public final class CreditCounts {

    private static final int WEEK_DAYS = 7;
    private static final int HALF_YEAR_MONTHS = 6;

    private CreditCounts() {
    }

    /** One site day of counted ratings. */
    public record DayTally(LocalDate day, Tally tally) {
    }

    /** The first day of each bucket for {@code today}; each bucket runs up to today. */
    public record Starts(LocalDate week, LocalDate month, LocalDate halfYear) {

        public static Starts of(LocalDate today) {
            return new Starts(today.minusDays(WEEK_DAYS - 1L), today.minusMonths(1).plusDays(1),
                    halfYearStart(today));
        }
    }

    /** The first day that still counts as recent: days before it are "older". */
    public static LocalDate halfYearStart(LocalDate today) {
        return today.minusMonths(HALF_YEAR_MONTHS).plusDays(1);
    }

    public static Counts of(List<DayTally> recentDays, Tally total, LocalDate today) {
        Starts starts = Starts.of(today);
        Tally week = Tally.NONE;
        Tally month = Tally.NONE;
        Tally halfYear = Tally.NONE;
        for (DayTally d : recentDays) {
            if (!d.day().isBefore(starts.week())) {
                week = week.plus(d.tally());
            }
            if (!d.day().isBefore(starts.month())) {
                month = month.plus(d.tally());
            }
            if (!d.day().isBefore(starts.halfYear())) {
                halfYear = halfYear.plus(d.tally());
            }
        }
        return of(new Recent(week, month, halfYear), total);
    }

    /** The sums of the recent buckets, made elsewhere (by the database, for one). */
    public record Recent(Tally week, Tally month, Tally halfYear) {

        public static final Recent NONE = new Recent(Tally.NONE, Tally.NONE, Tally.NONE);
    }

    public static Counts of(Recent recent, Tally total) {
        return new Counts(recent.week(), recent.month(), recent.halfYear(),
                total.minus(recent.halfYear()));
    }

    /**
     * CR-10: praise as a percentage of all scored ratings, with one decimal, or null
     * when nothing has been scored.
     */
    public static Double praiseRate(Tally total) {
        long all = total.praise() + total.neutral() + total.poor();
        if (all == 0) {
            return null;
        }
        return BigDecimal.valueOf(total.praise() * 100L)
                .divide(BigDecimal.valueOf(all), 1, RoundingMode.HALF_UP).doubleValue();
    }
}
