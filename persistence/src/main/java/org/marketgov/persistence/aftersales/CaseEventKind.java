package org.marketgov.persistence.aftersales;

/** The kinds of entries on an after-sales case's timeline. */
public enum CaseEventKind {
    OPENED,
    DECIDED,
    REMEDY_CHOSEN,
    GOODS_RECEIVED,
    INSPECTED,
    REPAIRED,
    REPLACED,
    REFUNDED
}
