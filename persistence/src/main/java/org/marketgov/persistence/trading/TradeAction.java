package org.marketgov.persistence.trading;

/**
 * RISK-3: what can happen to a trade, and who may do it. The site itself completes a
 * shipped trade when the buyer has not confirmed receipt in time.
 */
public enum TradeAction {
    PAY(Party.BUYER),
    SHIP(Party.SELLER),
    CONFIRM_RECEIPT(Party.BUYER),
    AUTO_COMPLETE(null),
    CANCEL(null);

    private final Party onlyBy;

    TradeAction(Party onlyBy) {
        this.onlyBy = onlyBy;
    }

    /** Whether a party may take this action; the site's own actions are taken by no party. */
    public boolean mayBeTakenBy(Party party) {
        if (this == AUTO_COMPLETE) {
            return party == null;
        }
        return party != null && (onlyBy == null || onlyBy == party);
    }
}
