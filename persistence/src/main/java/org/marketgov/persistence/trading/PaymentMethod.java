package org.marketgov.persistence.trading;

/**
 * RISK-2: how the buyer pays. With {@code ESCROW} the site holds the payment until
 * receipt is confirmed, so it is the only method allowed above the site's threshold.
 */
public enum PaymentMethod {
    ESCROW,
    CASH_ON_DELIVERY,
    BANK_TRANSFER
}
