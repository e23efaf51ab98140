package org.marketgov.trading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.marketgov.membership.FeeStatus;
import org.marketgov.membership.MemberViews.PublicIdentity;
import org.marketgov.membership.MemberViews.TradingStanding;
import org.marketgov.persistence.membership.MemberStatus;
import org.marketgov.persistence.membership.VerificationStatus;
import org.marketgov.persistence.trading.Party;
import org.marketgov.persistence.trading.PaymentMethod;
import org.marketgov.platform.RuleViolation;

/**
 * The money and eligibility rules of trading, as plain Java: who may sell and buy,
 * what a trade costs, which payment methods it may use and when a shipped trade
 * completes by itself. Each method takes values (and a clock where time matters) and
 * either answers or refuses with the rule that forbids.
 */
public final class TradeRules {

    /** The largest amount a trade can carry (the schema's numeric(14,2)). */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    private TradeRules() {
    }

    /** RISK-3: the amount is the unit price times the quantity, in cents. */
    public static BigDecimal amount(BigDecimal unitPrice, int quantity) {
        return unitPrice.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * MEM-2, MEM-4, MEM-7, MEM-8: only an active member with real-name verification,
     * a fee that is not overdue beyond grace, and the current agreement accepted sells.
     */
    public static void requireMaySell(TradingStanding s) {
        requireActive(s);
        if (s.verification() != VerificationStatus.VERIFIED) {
            throw new RuleViolation("MEM-2", "only members with real-name verification may sell");
        }
        if (s.feeStatus() == FeeStatus.SUSPENDED) {
            throw new RuleViolation("MEM-4",
                    "selling is suspended until the overdue membership fee is paid");
        }
    }

    /** MEM-7, MEM-8: an active member under the current agreement may buy. */
    public static void requireMayBuy(TradingStanding s) {
        requireActive(s);
    }

    private static void requireActive(TradingStanding s) {
        if (s.status() == MemberStatus.FROZEN) {
            throw new RuleViolation("MEM-7", "a frozen membership cannot trade");
        }
        if (s.status() != MemberStatus.ACTIVE) {
            throw new RuleViolation("MEM-5", "the membership has ended");
        }
        if (s.agreementPending()) {
            throw new RuleViolation("MEM-8", "the new service agreement must be accepted first");
        }
    }

    /** RISK-3: a buyer cannot buy their own listing. */
    public static void requireDistinctParties(long buyerId, long sellerId) {
        if (buyerId == sellerId) {
            throw new RuleViolation("RISK-3", "a member cannot buy their own listing");
        }
    }

    /** RISK-3: a limited stock must hold the quantity; {@code null} stock is unlimited. */
    public static void requireInStock(Integer stock, int quantity) {
        if (stock != null && stock < quantity) {
            throw new RuleViolation("RISK-3", stock == 0 ? "the listing is sold out"
                    : "only " + stock + " left in stock");
        }
    }

    /**
     * MEM-2: a member without real-name verification buys at most {@code limit} per
     * trade; {@code limit} is null for a verified member.
     */
    public static void requireWithinBuyerLimit(BigDecimal amount, BigDecimal limit) {
        if (limit != null && amount.compareTo(limit) > 0) {
            throw new RuleViolation("MEM-2", "without real-name verification a trade may be"
                    + " at most " + limit.toPlainString() + " CNY");
        }
    }

    /** RISK-2: a trade above {@code escrowOnlyAbove} may be paid only by ESCROW. */
    public static void requirePaymentAllowed(BigDecimal amount, PaymentMethod method,
            BigDecimal escrowOnlyAbove) {
        if (method != PaymentMethod.ESCROW && amount.compareTo(escrowOnlyAbove) > 0) {
            throw new RuleViolation("RISK-2", "a trade above " + escrowOnlyAbove.toPlainString()
                    + " CNY may be paid by ESCROW only");
        }
    }

    /**
     * RISK-1: what a party is told about the other party; a counterparty without
     * real-name verification comes with a caution.
     */
    public static TradeViews.Disclosure disclosure(Party mySide, PublicIdentity other) {
        boolean caution = other.verification() != VerificationStatus.VERIFIED;
        return new TradeViews.Disclosure(mySide, other, caution, caution
                ? "the other party has not passed real-name verification; prefer ESCROW"
                : null);
    }

    /** RISK-3: when a trade shipped at {@code shippedAt} completes unless confirmed earlier. */
    public static OffsetDateTime autoCompletesAt(OffsetDateTime shippedAt, int days) {
        return shippedAt.plusDays(days);
    }

    /** RISK-3: whether the time to confirm receipt of a shipped trade has run out. */
    public static boolean autoCompletionDue(OffsetDateTime shippedAt, int days, Clock clock) {
        return !clock.instant().isBefore(autoCompletesAt(shippedAt, days).toInstant());
    }
}
