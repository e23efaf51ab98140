package org.marketgov.trading;

/** What a buyer submits to open a trade on a listing (RISK-2, RISK-3). */
public record TradeForm(Long listingId, Integer quantity, String paymentMethod) {
}
