package org.marketgov.cases;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.marketgov.persistence.cases.AccusationStatus;
import org.marketgov.platform.RuleViolation;

class AccusationRulesTest {

    private static final OffsetDateTime FILED = OffsetDateTime.parse("2026-03-02T10:00+08:00");
    private static final OffsetDateTime UNTIL = AccusationRules.appealUntil(FILED, 7);

    private static Clock at(OffsetDateTime t) {
        return Clock.fixed(t.toInstant(), ZoneOffset.UTC);
    }

    @Test
    @DisplayName("CMP-5 the appeal window closes 7 days after filing")
    void windowIsSevenDays() {
        assertEquals(OffsetDateTime.parse("2026-03-09T10:00+08:00"), UNTIL);
    }

    @Test
    @DisplayName("CMP-5 an appeal on the last moment of the window is taken")
    void lastMoment() {
        assertDoesNotThrow(() -> AccusationRules.requireMayAppeal(AccusationStatus.SUBMITTED,
                null, UNTIL, at(UNTIL)));
    }

    @Test
    @DisplayName("CMP-5 an appeal after the window is refused with the rule")
    void late() {
        RuleViolation v = assertThrows(RuleViolation.class, () -> AccusationRules
                .requireMayAppeal(AccusationStatus.SUBMITTED, null, UNTIL,
                        at(UNTIL.plusSeconds(1))));
        assertEquals("CMP-5", v.rule());
    }

    @Test
    @DisplayName("CMP-5 a second appeal is refused even inside the window")
    void once() {
        RuleViolation v = assertThrows(RuleViolation.class, () -> AccusationRules
                .requireMayAppeal(AccusationStatus.APPEALED, FILED.plusDays(1), UNTIL,
                        at(FILED.plusDays(2))));
        assertEquals("CMP-5", v.rule());
    }

    @Test
    @DisplayName("CMP-5 a decided accusation takes no appeal and no second decision")
    void decided() {
        assertThrows(RuleViolation.class, () -> AccusationRules.requireMayAppeal(
                AccusationStatus.UPHELD, null, UNTIL, at(FILED)));
        assertThrows(RuleViolation.class,
                () -> AccusationRules.requireUndecided(AccusationStatus.UNFOUNDED));
    }

    @Test
    @DisplayName("CMP-5 STAFF may not decide while the accused can still appeal")
    void noDecisionInsideWindow() {
        RuleViolation v = assertThrows(RuleViolation.class, () -> AccusationRules
                .requireMayDecide(AccusationStatus.SUBMITTED, null, UNTIL, at(FILED)));
        assertEquals("CMP-5", v.rule());
        assertThrows(RuleViolation.class, () -> AccusationRules.requireMayDecide(
                AccusationStatus.SUBMITTED, null, UNTIL, at(UNTIL)));
    }

    @Test
    @DisplayName("CMP-5 STAFF decides after an appeal, or once the window has closed")
    void decisionAfterAppealOrWindow() {
        assertDoesNotThrow(() -> AccusationRules.requireMayDecide(AccusationStatus.APPEALED,
                FILED.plusDays(1), UNTIL, at(FILED.plusDays(2))));
        assertDoesNotThrow(() -> AccusationRules.requireMayDecide(AccusationStatus.SUBMITTED,
                null, UNTIL, at(UNTIL.plusSeconds(1))));
        assertThrows(RuleViolation.class, () -> AccusationRules.requireMayDecide(
                AccusationStatus.UPHELD, FILED.plusDays(1), UNTIL, at(UNTIL.plusDays(1))));
    }
}
