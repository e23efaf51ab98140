package org.marketgov.persistence.credit;

/** Why a visible evaluation adds no points to the rated member's score. */
public enum NotScoredReason {
    /** CR-6: it would take the month's net points between the pair beyond the cap. */
    MONTHLY_CAP,
    /** CR-7: the same rating on the same goods already scored within the period. */
    SAME_GOODS,
    /** CR-11: the trade is held for STAFF review (for example paid far below list price). */
    UNDER_REVIEW
}
