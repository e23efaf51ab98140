package org.marketgov.trading;

import java.util.Locale;
import org.marketgov.persistence.trading.Party;
import org.marketgov.persistence.trading.TradeAction;
import org.marketgov.persistence.trading.TradeStatus;
import org.marketgov.platform.RuleViolation;

/**
 * RISK-3 as a decision: may this side take this action on a trade in this status?
 * The buyer pays and confirms receipt, the seller ships, either party cancels before
 * shipment, and only the site completes a trade automatically. Every other move is
 * refused with a message that says what is possible instead.
 */
public final class TradeLifecycle {

    private TradeLifecycle() {
    }

    /**
     * The status {@code action} leads to, or a RISK-3 refusal. {@code by} is null when
     * the site itself acts.
     */
    public static TradeStatus require(TradeStatus status, TradeAction action, Party by) {
        if (!action.mayBeTakenBy(by)) {
            throw new RuleViolation("RISK-3", whoMay(action));
        }
        return status.after(action).orElseThrow(() -> new RuleViolation("RISK-3",
                "a " + status + " trade cannot be " + done(action) + "; " + possible(status)));
    }

    private static String whoMay(TradeAction action) {
        return switch (action) {
            case PAY -> "only the buyer pays for a trade";
            case SHIP -> "only the seller ships a trade";
            case CONFIRM_RECEIPT -> "only the buyer confirms receipt";
            case CANCEL -> "only a party to the trade may cancel it";
            case AUTO_COMPLETE -> "only the site completes a trade automatically";
        };
    }

    private static String done(TradeAction action) {
        return switch (action) {
            case PAY -> "paid";
            case SHIP -> "shipped";
            case CONFIRM_RECEIPT -> "confirmed as received";
            case AUTO_COMPLETE -> "completed automatically";
            case CANCEL -> "cancelled";
        };
    }

    private static String possible(TradeStatus status) {
        return switch (status) {
            case CREATED -> "it can be paid or cancelled";
            case PAID -> "it can be shipped or cancelled";
            case SHIPPED -> "it is shipped, so only receipt can complete it";
            case COMPLETED, CANCELLED -> "it is " + status.name().toLowerCase(Locale.ROOT)
                    + " and cannot change any more";
        };
    }
}
