package org.marketgov.persistence.credit;

/** CR-10: a member's credit is kept apart for selling and for buying. */
public enum CreditRole {
    SELLER,
    BUYER
}
