package org.marketgov.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MediationClockTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** A Monday, 10:00 in Shanghai. */
    private static final OffsetDateTime ADMITTED = OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0,
            ZoneOffset.ofHours(8));

    @Test
    @DisplayName("CMP-8 without waits the mediation deadline is 10 working days after admission")
    void noWait() {
        assertEquals(ADMITTED.plusDays(14), MediationClock.due(ADMITTED, 10, SHANGHAI,
                Duration.ZERO, null, ADMITTED.plusDays(1)));
    }

    @Test
    @DisplayName("CMP-8 finished waits for the parties push the deadline back by their length")
    void finishedWaits() {
        assertEquals(ADMITTED.plusDays(17), MediationClock.due(ADMITTED, 10, SHANGHAI,
                Duration.ofDays(3), null, ADMITTED.plusDays(20)));
    }

    @Test
    @DisplayName("CMP-8 while the parties are asked, the deadline moves with the clock")
    void currentWait() {
        OffsetDateTime waiting = ADMITTED.plusDays(2);
        OffsetDateTime now = ADMITTED.plusDays(30);

        assertEquals(ADMITTED.plusDays(14 + 28), MediationClock.due(ADMITTED, 10, SHANGHAI,
                Duration.ZERO, waiting, now));
    }

    @Test
    @DisplayName("CMP-8 a wait over a weekend pauses the deadline by its working time only")
    void waitOverAWeekend() {
        OffsetDateTime friday = ADMITTED.plusDays(4);
        OffsetDateTime monday = ADMITTED.plusDays(7);

        assertEquals(ADMITTED.plusDays(15), MediationClock.due(ADMITTED, 10, SHANGHAI,
                Duration.ZERO, friday, monday));
    }

    @Test
    @DisplayName("CMP-8 a pause never lets the mediation deadline land on a weekend")
    void pauseSkipsTheWeekend() {
        OffsetDateTime due = MediationClock.due(ADMITTED, 10, SHANGHAI, Duration.ofDays(5),
                null, ADMITTED);

        assertEquals(ADMITTED.plusDays(14 + 7), due);
    }

    @Test
    @DisplayName("CMP-8 open cases fall into age groups of 1, 2, 5 and 10 days")
    void ageGroups() {
        assertEquals(0, AgeBuckets.of(ADMITTED, ADMITTED.plusHours(23)));
        assertEquals(1, AgeBuckets.of(ADMITTED, ADMITTED.plusHours(24)));
        assertEquals(2, AgeBuckets.of(ADMITTED, ADMITTED.plusDays(4)));
        assertEquals(3, AgeBuckets.of(ADMITTED, ADMITTED.plusDays(9)));
        assertEquals(4, AgeBuckets.of(ADMITTED, ADMITTED.plusDays(11)));
    }
}
