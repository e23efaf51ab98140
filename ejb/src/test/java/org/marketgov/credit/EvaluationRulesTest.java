package org.marketgov.credit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.marketgov.persistence.trading.TradeStatus;
import org.marketgov.platform.RuleViolation;

class EvaluationRulesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final OffsetDateTime COMPLETED = OffsetDateTime.parse("2026-03-01T12:00:00Z");

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    @DisplayName("CR-1 only a completed trade can be evaluated")
    void completedOnly() {
        RuleViolation v = assertThrows(RuleViolation.class,
                () -> EvaluationRules.requireCompleted(TradeStatus.SHIPPED));

        assertEquals("CR-1", v.rule());
        assertDoesNotThrow(() -> EvaluationRules.requireCompleted(TradeStatus.COMPLETED));
    }

    @Test
    @DisplayName("CR-3 the window is open until 15 days after completion, then closed")
    void window() {
        OffsetDateTime closes = EvaluationRules.closesAt(COMPLETED, 15);

        assertEquals(OffsetDateTime.parse("2026-03-16T12:00:00Z"), closes);
        assertDoesNotThrow(() -> EvaluationRules.requireWindowOpen(closes,
                at("2026-03-16T11:59:59Z")));
        RuleViolation v = assertThrows(RuleViolation.class,
                () -> EvaluationRules.requireWindowOpen(closes, at("2026-03-16T12:00:00Z")));
        assertEquals("CR-3", v.rule());
    }

    @Test
    @DisplayName("CR-8 revision: once, within 30 days of becoming visible, never while sealed")
    void revision() {
        OffsetDateTime visible = OffsetDateTime.parse("2026-03-05T00:00:00Z");

        assertDoesNotThrow(() -> EvaluationRules.requireRevisable(visible, false, 30,
                at("2026-04-03T23:59:59Z")));
        assertEquals("CR-8", assertThrows(RuleViolation.class, () -> EvaluationRules
                .requireRevisable(visible, false, 30, at("2026-04-04T00:00:00Z"))).rule());
        assertEquals("CR-8", assertThrows(RuleViolation.class, () -> EvaluationRules
                .requireRevisable(visible, true, 30, at("2026-03-06T00:00:00Z"))).rule());
        assertEquals("CR-8", assertThrows(RuleViolation.class, () -> EvaluationRules
                .requireRevisable(null, false, 30, at("2026-03-06T00:00:00Z"))).rule());
    }

    @Test
    @DisplayName("CR-9 explanation: once, within 30 days of becoming visible")
    void explanation() {
        OffsetDateTime visible = OffsetDateTime.parse("2026-03-05T00:00:00Z");

        assertDoesNotThrow(() -> EvaluationRules.requireExplainable(visible, false, 30,
                at("2026-03-20T00:00:00Z")));
        assertEquals("CR-9", assertThrows(RuleViolation.class, () -> EvaluationRules
                .requireExplainable(visible, true, 30, at("2026-03-20T00:00:00Z"))).rule());
        assertEquals("CR-9", assertThrows(RuleViolation.class, () -> EvaluationRules
                .requireExplainable(visible, false, 30, at("2026-04-05T00:00:00Z"))).rule());
    }

    @Test
    @DisplayName("CR-6 the natural month is the site zone's: 23:59 on 31 Jan in Shanghai is"
            + " January")
    void monthInSiteZone() {
        OffsetDateTime lastMinute = OffsetDateTime.parse("2026-01-31T23:59:00+08:00");
        OffsetDateTime firstMinute = OffsetDateTime.parse("2026-01-31T16:00:00Z");

        assertEquals("2026-01", EvaluationRules.tradeMonth(lastMinute, SHANGHAI));
        assertEquals("2026-02", EvaluationRules.tradeMonth(firstMinute, SHANGHAI));
        assertEquals("2026-01", EvaluationRules.tradeMonth(firstMinute, ZoneOffset.UTC));
    }

    @Test
    @DisplayName("CR-7 trades created less than 14 days apart are the same period; 14 days are not")
    void sameGoodsPeriod() {
        OffsetDateTime a = OffsetDateTime.parse("2026-01-01T10:00:00+08:00");

        assertTrue(EvaluationRules.sameGoodsPeriod(a, a.plusDays(14).minusSeconds(1), 14));
        assertTrue(EvaluationRules.sameGoodsPeriod(a.plusDays(13), a, 14));
        assertFalse(EvaluationRules.sameGoodsPeriod(a, a.plusDays(14), 14));
    }

    @Test
    @DisplayName("CR-11 a trade paid under 20% of the list price is held; exactly 20% is not")
    void underPriced() {
        BigDecimal list = new BigDecimal("100.00");

        assertTrue(EvaluationRules.underPriced(new BigDecimal("19.99"), list, 20));
        assertFalse(EvaluationRules.underPriced(new BigDecimal("20.00"), list, 20));
        assertFalse(EvaluationRules.underPriced(new BigDecimal("19.99"), null, 20));
    }

    @Test
    @DisplayName("CR-11 a member pair with more than 6 trades in a month is flagged")
    void pairTrades() {
        assertFalse(EvaluationRules.pairFlagged(6, 6));
        assertTrue(EvaluationRules.pairFlagged(7, 6));
    }

    @Test
    @DisplayName("CR-11 an account praising on its 29th day is young, on its 30th it is not")
    void youngAccount() {
        OffsetDateTime registered = OffsetDateTime.parse("2026-03-01T12:00:00Z");

        assertTrue(EvaluationRules.youngAccount(registered, registered.plusDays(30).minusSeconds(1),
                30));
        assertFalse(EvaluationRules.youngAccount(registered, registered.plusDays(30), 30));
        assertFalse(EvaluationRules.youngAccount(null, registered, 30));
    }

    @Test
    @DisplayName("CR-11 a seller is flagged when more than half its last 20 praises came from"
            + " young accounts")
    void youngPraise() {
        CreditTerms.YoungPraise setting = CreditTerms.standard(SHANGHAI).youngPraise();

        assertTrue(EvaluationRules.youngPraiseFlagged(11, 20, setting));
        assertFalse(EvaluationRules.youngPraiseFlagged(10, 20, setting));
        assertTrue(EvaluationRules.youngPraiseFlagged(19, 19, setting));
    }

    @Test
    @DisplayName("CR-11 a small ring is flagged: 5 young praises of 5, or 4 of 7, are mostly"
            + " young; 4 praises are too few to judge")
    void youngPraiseSmallRing() {
        CreditTerms.YoungPraise setting = CreditTerms.standard(SHANGHAI).youngPraise();

        assertTrue(EvaluationRules.youngPraiseFlagged(5, 5, setting));
        assertTrue(EvaluationRules.youngPraiseFlagged(4, 7, setting));
        assertFalse(EvaluationRules.youngPraiseFlagged(3, 6, setting));
        assertFalse(EvaluationRules.youngPraiseFlagged(4, 4, setting));
        assertFalse(EvaluationRules.youngPraiseFlagged(0, 0, setting));
    }

    @Test
    @DisplayName("CR-11 the young-praise minimum and share are settings")
    void youngPraiseSettings() {
        CreditTerms.YoungPraise strict = new CreditTerms.YoungPraise(20, 2, 75, 30);

        assertTrue(EvaluationRules.youngPraiseFlagged(2, 2, strict));
        assertFalse(EvaluationRules.youngPraiseFlagged(1, 1, strict));
        assertFalse(EvaluationRules.youngPraiseFlagged(3, 4, strict));
        assertTrue(EvaluationRules.youngPraiseFlagged(4, 5, strict));
    }
}
