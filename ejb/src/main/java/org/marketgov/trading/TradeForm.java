package org.marketgov.trading;

/**
 * What a buyer submits to open a trade on a listing (RISK-2, RISK-3). The dispute forum
 * of the contract (RISK-5) is {@code COURT} or {@code ARBITRATION}; absent means COURT.
 */
public record TradeForm(Long listingId, Integer quantity, String paymentMethod,
        String disputeForum) {
}
