package org.marketgov.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.marketgov.credit.CreditCounts.DayTally;
import org.marketgov.credit.CreditViews.Counts;
import org.marketgov.credit.CreditViews.Tally;

class CreditCountsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 8, 31);

    @Test
    @DisplayName("CR-10 counts: week, month and half year include each other; older is the rest")
    void buckets() {
        List<DayTally> days = List.of(
                new DayTally(TODAY, new Tally(1, 0, 0)),
                new DayTally(TODAY.minusDays(6), new Tally(0, 1, 0)),
                new DayTally(TODAY.minusDays(7), new Tally(0, 0, 1)),
                new DayTally(LocalDate.of(2026, 8, 1), new Tally(2, 0, 0)),
                new DayTally(LocalDate.of(2026, 7, 31), new Tally(3, 0, 0)),
                new DayTally(LocalDate.of(2026, 3, 1), new Tally(0, 0, 4)));
        Tally total = new Tally(16, 1, 5);

        Counts c = CreditCounts.of(days, total, TODAY);

        assertEquals(new Tally(1, 1, 0), c.week());
        assertEquals(new Tally(3, 1, 1), c.month());
        assertEquals(new Tally(6, 1, 5), c.halfYear());
        assertEquals(new Tally(10, 0, 0), c.older());
    }

    @Test
    @DisplayName("CR-10 only the days of the last six months are needed for a read")
    void halfYearStart() {
        assertEquals(LocalDate.of(2026, 3, 1), CreditCounts.halfYearStart(TODAY));
    }

    @Test
    @DisplayName("CR-10 praise rate is praise over all scored ratings with one decimal, or none")
    void praiseRate() {
        assertEquals(66.7, CreditCounts.praiseRate(new Tally(2, 1, 0)));
        assertEquals(100.0, CreditCounts.praiseRate(new Tally(5, 0, 0)));
        assertEquals(0.0, CreditCounts.praiseRate(new Tally(0, 0, 3)));
        assertNull(CreditCounts.praiseRate(Tally.NONE));
    }
}
