package org.marketgov.persistence.trading;

/** The sections of the marketplace a listing is offered in. */
public enum Section {
    HOME,
    ELECTRONICS,
    APPAREL,
    FOOD,
    BOOKS,
    INDUSTRIAL,
    SERVICES,
    OTHER
}
