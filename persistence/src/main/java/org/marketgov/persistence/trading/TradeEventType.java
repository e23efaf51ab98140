package org.marketgov.persistence.trading;

/** RISK-4..6: the kinds of event a trade's record holds. */
public enum TradeEventType {
    OPENED,
    PAID,
    SHIPPED,
    RECEIPT_CONFIRMED,
    AUTO_COMPLETED,
    CANCELLED,
    CONTRACT_GENERATED,
    CONTRACT_SIGNED,
    MESSAGE_SENT,
    MESSAGE_READ
}
