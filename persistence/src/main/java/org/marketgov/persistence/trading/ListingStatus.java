package org.marketgov.persistence.trading;

/**
 * Where a listing stands. Only {@code PUBLISHED} listings are shown to the public and
 * can be bought; {@code PENDING_AUDIT} waits for a patrol officer, {@code REJECTED}
 * was refused by screening, and {@code WITHDRAWN} was taken down by its seller.
 */
public enum ListingStatus {
    PUBLISHED,
    PENDING_AUDIT,
    REJECTED,
    WITHDRAWN
}
