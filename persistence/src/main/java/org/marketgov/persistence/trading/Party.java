package org.marketgov.persistence.trading;

/** The two sides of a trade. */
public enum Party {
    BUYER,
    SELLER
}
