package org.marketgov.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        "2026-03-02T10:00+08:00, 2, 2026-03-04T10:00+08:00",
        "2026-03-05T10:00+08:00, 2, 2026-03-09T10:00+08:00",
        "2026-03-06T15:30+08:00, 2, 2026-03-10T15:30+08:00",
        "2026-03-07T09:00+08:00, 2, 2026-03-11T00:00+08:00",
        "2026-03-08T23:00+08:00, 1, 2026-03-10T00:00+08:00",
        "2026-03-06T15:30+08:00, 0, 2026-03-06T15:30+08:00",
        "2026-03-02T10:00+08:00, 10, 2026-03-16T10:00+08:00"
    })
    @DisplayName("CMP-2 admission deadlines count Monday to Friday and skip weekends")
    void skipsWeekends(String start, int days, String due) {
        assertEquals(OffsetDateTime.parse(due),
                WorkingDays.after(OffsetDateTime.parse(start), days, SHANGHAI));
    }

    @ParameterizedTest(name = "{0} + 2 working days = {1}")
    @CsvSource({
        "2026-03-06T17:00Z, 2026-03-11T00:00+08:00",
        "2026-03-06T15:00Z, 2026-03-10T23:00+08:00"
    })
    @DisplayName("CMP-2 the weekend is judged in the site's zone, not in UTC")
    void siteZoneDecides(String start, String due) {
        assertEquals(OffsetDateTime.parse(due).toInstant(),
                WorkingDays.after(OffsetDateTime.parse(start), 2, SHANGHAI).toInstant());
    }

    @ParameterizedTest(name = "{0} + {1} working hours = {2}")
    @CsvSource({
        "2026-03-06T20:00+08:00, 24, 2026-03-09T20:00+08:00",
        "2026-03-06T10:00+08:00, 14, 2026-03-07T00:00+08:00",
        "2026-03-06T10:00+08:00, 15, 2026-03-09T01:00+08:00",
        "2026-03-07T10:00+08:00, 8, 2026-03-09T08:00+08:00",
        "2026-03-02T10:00+08:00, 24, 2026-03-03T10:00+08:00",
        "2026-03-05T10:00+08:00, 72, 2026-03-10T10:00+08:00",
        "2026-03-06T15:30+08:00, 0, 2026-03-06T15:30+08:00"
    })
    @DisplayName("CMP-8 a deadline in hours counts only working days and skips the weekend")
    void hoursSkipWeekends(String start, long hours, String due) {
        assertEquals(OffsetDateTime.parse(due), WorkingDays.plus(OffsetDateTime.parse(start),
                Duration.ofHours(hours), SHANGHAI));
    }

    @ParameterizedTest(name = "{0} to {1} = {2} working hours")
    @CsvSource({
        "2026-03-06T20:00+08:00, 2026-03-09T20:00+08:00, 24",
        "2026-03-07T08:00+08:00, 2026-03-08T20:00+08:00, 0",
        "2026-03-02T10:00+08:00, 2026-03-16T10:00+08:00, 240",
        "2026-03-09T10:00+08:00, 2026-03-06T10:00+08:00, 0"
    })
    @DisplayName("CMP-8 the working time between two moments leaves the weekend out")
    void workingTimeBetween(String from, String to, long hours) {
        assertEquals(Duration.ofHours(hours), WorkingDays.between(OffsetDateTime.parse(from),
                OffsetDateTime.parse(to), SHANGHAI));
    }
}
