package org.marketgov.trading;

/**
 * What a buyer submits to open a trade on a listing (RISK-2, RISK-3). The dispute forum
 * of the contract (RISK-5) is {@code COURT} or {@code ARBITRATION}; absent means COURT.
 * With {@code offerId} the trade opens from that accepted offer (RISK-6): the listing
 * is the offer's trade's, the unit price the offer's, and an absent quantity is the
 * offer's trade's quantity.
 */
public record TradeForm(Long listingId, Integer quantity, String paymentMethod,
        String disputeForum, Long offerId) {
}
