package org.marketgov.persistence.cases;

/** CMP-1: what harm a complaint is about. */
public enum ComplaintType {
    PAID_NOT_SHIPPED,
    WON_NOT_BOUGHT,
    SOLD_NOT_DELIVERED_AS_AGREED,
    NOT_AS_DESCRIBED,
    MALICIOUS_EVALUATION,
    OTHER
}
