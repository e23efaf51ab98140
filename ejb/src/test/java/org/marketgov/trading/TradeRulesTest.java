package org.marketgov.trading;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marketgov.membership.FeeStatus;
import org.marketgov.membership.MemberViews.PublicIdentity;
import org.marketgov.membership.MemberViews.TradingStanding;
import org.marketgov.persistence.membership.MemberKind;
import org.marketgov.persistence.membership.MemberStatus;
import org.marketgov.persistence.membership.VerificationStatus;
import org.marketgov.persistence.trading.Party;
import org.marketgov.persistence.trading.PaymentMethod;
import org.marketgov.platform.RuleViolation;

class TradeRulesTest {

    private static final BigDecimal LIMIT = new BigDecimal("2000.00");
    private static final BigDecimal ESCROW_ABOVE = new BigDecimal("10000.00");
    private static final OffsetDateTime SHIPPED = OffsetDateTime.of(2026, 3, 1, 9, 30, 0, 0,
            ZoneOffset.ofHours(8));

    private static TradingStanding standing(MemberStatus status, VerificationStatus verification,
            FeeStatus fee, boolean agreementPending) {
        boolean maySell = status == MemberStatus.ACTIVE
                && verification == VerificationStatus.VERIFIED && fee != FeeStatus.SUSPENDED;
        return new TradingStanding(5L, status, verification, fee, maySell,
                verification == VerificationStatus.VERIFIED ? null : LIMIT, agreementPending);
    }

    private static String ruleOf(Executable refused) {
        return assertThrows(RuleViolation.class, refused).rule();
    }

    @Test
    @DisplayName("RISK-3 the amount is the unit price times the quantity, to the cent")
    void amount() {
        assertEquals(new BigDecimal("385.50"), TradeRules.amount(new BigDecimal("128.50"), 3));
        assertEquals(new BigDecimal("0.30"), TradeRules.amount(new BigDecimal("0.10"), 3));
        assertEquals(new BigDecimal("7.00"), TradeRules.amount(new BigDecimal("7"), 1));
    }

    @Test
    @DisplayName("MEM-2 an unverified buyer may buy up to the limit in one trade")
    void unverifiedUpToLimit() {
        assertDoesNotThrow(() -> TradeRules.requireWithinBuyerLimit(LIMIT, LIMIT));
    }

    @Test
    @DisplayName("MEM-2 an unverified buyer is refused one cent above the limit")
    void unverifiedAboveLimit() {
        assertEquals("MEM-2", ruleOf(() -> TradeRules.requireWithinBuyerLimit(
                new BigDecimal("2000.01"), LIMIT)));
    }

    @Test
    @DisplayName("MEM-2 a verified buyer has no per-trade limit")
    void verifiedUnlimited() {
        assertDoesNotThrow(() -> TradeRules.requireWithinBuyerLimit(
                new BigDecimal("999999.99"), null));
    }

    @ParameterizedTest(name = "RISK-2 above the threshold {0} is refused")
    @EnumSource(value = PaymentMethod.class, names = {"CASH_ON_DELIVERY", "BANK_TRANSFER"})
    @DisplayName("RISK-2 above the threshold only escrow is allowed")
    void aboveThresholdOnlyEscrow(PaymentMethod method) {
        assertEquals("RISK-2", ruleOf(() -> TradeRules.requirePaymentAllowed(
                new BigDecimal("10000.01"), method, ESCROW_ABOVE)));
        assertDoesNotThrow(() -> TradeRules.requirePaymentAllowed(
                new BigDecimal("10000.01"), PaymentMethod.ESCROW, ESCROW_ABOVE));
    }

    @ParameterizedTest(name = "RISK-2 at the threshold {0} is allowed")
    @EnumSource(PaymentMethod.class)
    @DisplayName("RISK-2 at or below the threshold every method is allowed")
    void atThresholdEveryMethod(PaymentMethod method) {
        assertDoesNotThrow(() -> TradeRules.requirePaymentAllowed(ESCROW_ABOVE, method,
                ESCROW_ABOVE));
    }

    @Test
    @DisplayName("RISK-3 a limited stock must hold the quantity; no stock means unlimited")
    void stock() {
        assertDoesNotThrow(() -> TradeRules.requireInStock(null, 1_000));
        assertDoesNotThrow(() -> TradeRules.requireInStock(3, 3));
        RuleViolation short1 = assertThrows(RuleViolation.class,
                () -> TradeRules.requireInStock(3, 4));
        assertEquals("only 3 left in stock", short1.getMessage());
        assertEquals("the listing is sold out", assertThrows(RuleViolation.class,
                () -> TradeRules.requireInStock(0, 1)).getMessage());
    }

    @Test
    @DisplayName("RISK-3 a member cannot buy their own listing")
    void distinctParties() {
        assertEquals("RISK-3", ruleOf(() -> TradeRules.requireDistinctParties(5L, 5L)));
        assertDoesNotThrow(() -> TradeRules.requireDistinctParties(5L, 6L));
    }

    @Test
    @DisplayName("RISK-3 a shipped trade is not due for completion a millisecond before 10 days")
    void notDueBeforeDays() {
        Clock clock = Clock.fixed(SHIPPED.plusDays(10).minus(Duration.ofMillis(1)).toInstant(),
                ZoneOffset.UTC);

        assertFalse(TradeRules.autoCompletionDue(SHIPPED, 10, clock));
    }

    @Test
    @DisplayName("RISK-3 a shipped trade is due for completion exactly 10 days after shipment")
    void dueAfterDays() {
        Clock clock = Clock.fixed(SHIPPED.plusDays(10).toInstant(), ZoneOffset.UTC);

        assertTrue(TradeRules.autoCompletionDue(SHIPPED, 10, clock));
        assertEquals(SHIPPED.plusDays(10), TradeRules.autoCompletesAt(SHIPPED, 10));
    }

    @Test
    @DisplayName("MEM-2 only a verified member may sell")
    void unverifiedMayNotSell() {
        assertEquals("MEM-2", ruleOf(() -> TradeRules.requireMaySell(standing(
                MemberStatus.ACTIVE, VerificationStatus.PENDING, FeeStatus.PAID, false))));
        assertDoesNotThrow(() -> TradeRules.requireMaySell(standing(MemberStatus.ACTIVE,
                VerificationStatus.VERIFIED, FeeStatus.NOT_REQUIRED, false)));
    }

    @Test
    @DisplayName("MEM-4 a fee overdue beyond grace suspends selling but not buying")
    void overdueFeeSuspendsSelling() {
        TradingStanding overdue = standing(MemberStatus.ACTIVE, VerificationStatus.VERIFIED,
                FeeStatus.SUSPENDED, false);

        assertEquals("MEM-4", ruleOf(() -> TradeRules.requireMaySell(overdue)));
        assertDoesNotThrow(() -> TradeRules.requireMayBuy(overdue));
    }

    @Test
    @DisplayName("MEM-7 a frozen member can neither sell nor buy")
    void frozenCannotTrade() {
        TradingStanding frozen = standing(MemberStatus.FROZEN, VerificationStatus.VERIFIED,
                FeeStatus.PAID, false);

        assertEquals("MEM-7", ruleOf(() -> TradeRules.requireMaySell(frozen)));
        assertEquals("MEM-7", ruleOf(() -> TradeRules.requireMayBuy(frozen)));
    }

    @Test
    @DisplayName("MEM-8 a member must accept the new agreement before trading")
    void pendingAgreementBlocksTrading() {
        TradingStanding pending = standing(MemberStatus.ACTIVE, VerificationStatus.VERIFIED,
                FeeStatus.PAID, true);

        assertEquals("MEM-8", ruleOf(() -> TradeRules.requireMayBuy(pending)));
        assertEquals("MEM-8", ruleOf(() -> TradeRules.requireMaySell(pending)));
    }

    @Test
    @DisplayName("RISK-1 a counterparty without real-name verification comes with a caution")
    void disclosureCaution() {
        PublicIdentity verified = new PublicIdentity(5L, "Shop", MemberKind.BUSINESS,
                VerificationStatus.VERIFIED, "Harbor Tea Co.", "91**********12", "1***i", null);
        PublicIdentity unverified = new PublicIdentity(7L, "Wang", MemberKind.PERSON,
                VerificationStatus.PENDING, null, null, null, null);

        assertFalse(TradeRules.disclosure(Party.BUYER, verified).caution());
        assertTrue(TradeRules.disclosure(Party.SELLER, unverified).caution());
        assertEquals(Party.SELLER, TradeRules.disclosure(Party.SELLER, unverified).mySide());
    }
}
