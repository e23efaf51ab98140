package org.marketgov.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marketgov.credit.CreditViews.Level;
import org.marketgov.credit.CreditViews.LevelTier;

class CreditLevelsTest {

    @Test
    @DisplayName("CR-10 a score below 4 has no level")
    void none() {
        assertNull(CreditLevels.of(3, CreditLevels.STANDARD_THRESHOLDS));
        assertNull(CreditLevels.of(0, CreditLevels.STANDARD_THRESHOLDS));
        assertNull(CreditLevels.of(-20, CreditLevels.STANDARD_THRESHOLDS));
    }

    @ParameterizedTest(name = "CR-10 score {0} is {2} x {1}")
    @DisplayName("CR-10 level table boundaries")
    @CsvSource({
        "4, HEART, 1", "10, HEART, 1", "11, HEART, 2", "40, HEART, 2", "41, HEART, 3",
        "150, HEART, 4", "151, HEART, 5", "250, HEART, 5", "251, DIAMOND, 1",
        "500, DIAMOND, 1", "501, DIAMOND, 2", "5001, DIAMOND, 5", "10000, DIAMOND, 5",
        "10001, CROWN, 1", "200001, CROWN, 5", "500000, CROWN, 5", "500001, GOLD_CROWN, 1",
        "10000000, GOLD_CROWN, 4", "10000001, GOLD_CROWN, 5", "999999999, GOLD_CROWN, 5"
    })
    void table(long score, LevelTier tier, int count) {
        assertEquals(new Level(tier, count),
                CreditLevels.of(score, CreditLevels.STANDARD_THRESHOLDS));
    }
}
