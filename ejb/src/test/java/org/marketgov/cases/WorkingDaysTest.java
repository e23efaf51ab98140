package org.marketgov.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
