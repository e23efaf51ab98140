package org.marketgov.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marketgov.persistence.cases.AccusationTarget;
import org.marketgov.persistence.cases.PenaltyStep;

class PenaltyLadderTest {

    @ParameterizedTest(name = "{0} earlier penalties, {1} -> {2}")
    @CsvSource({
        "0, LISTING, LISTING_TAKEN_DOWN",
        "1, LISTING, WARNING",
        "2, LISTING, TEMPORARY_FREEZE",
        "3, LISTING, PERMANENT_FREEZE",
        "9, LISTING, PERMANENT_FREEZE"
    })
    @DisplayName("CMP-6 penalties escalate per member: listing down, warning, freezes")
    void escalates(long earlier, AccusationTarget target, PenaltyStep expected) {
        assertEquals(expected, PenaltyLadder.next(earlier, target, false));
    }

    @ParameterizedTest(name = "{0} earlier penalties, MEMBER -> {1}")
    @CsvSource({
        "0, WARNING",
        "1, TEMPORARY_FREEZE",
        "2, PERMANENT_FREEZE",
        "7, PERMANENT_FREEZE"
    })
    @DisplayName("CMP-6 conduct accusations start at the warning and climb one rung each:"
            + " warning, temporary freeze, permanent freeze")
    void conductStartsAtWarning(long earlier, PenaltyStep expected) {
        assertEquals(expected, PenaltyLadder.next(earlier, AccusationTarget.MEMBER, false));
    }

    @Test
    @DisplayName("CMP-6 a serious case freezes permanently at once")
    void serious() {
        assertEquals(PenaltyStep.PERMANENT_FREEZE,
                PenaltyLadder.next(0, AccusationTarget.LISTING, true));
    }
}
