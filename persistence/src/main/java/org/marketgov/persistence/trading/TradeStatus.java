package org.marketgov.persistence.trading;

import java.util.Optional;

/**
 * RISK-3: the trade lifecycle {@code CREATED -> PAID -> SHIPPED -> COMPLETED}, with
 * cancellation possible only before shipment. {@link #after} is the whole transition
 * table; every other move is illegal.
 */
public enum TradeStatus {
    CREATED,
    PAID,
    SHIPPED,
    COMPLETED,
    CANCELLED;

    /** The status an action leads to from this one, or empty when the move is illegal. */
    public Optional<TradeStatus> after(TradeAction action) {
        TradeStatus next = switch (action) {
            case PAY -> this == CREATED ? PAID : null;
            case SHIP -> this == PAID ? SHIPPED : null;
            case CONFIRM_RECEIPT, AUTO_COMPLETE -> this == SHIPPED ? COMPLETED : null;
            case CANCEL -> this == CREATED || this == PAID ? CANCELLED : null;
        };
        return Optional.ofNullable(next);
    }

    /** MEM-5: an open trade still binds its parties and blocks a voluntary exit. */
    public boolean isOpen() {
        return this == CREATED || this == PAID || this == SHIPPED;
    }
}
