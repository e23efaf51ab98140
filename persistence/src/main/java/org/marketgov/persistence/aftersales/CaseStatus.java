package org.marketgov.persistence.aftersales;

/**
 * Where an after-sales case stands. A case is OPEN while the customer has a decision
 * to choose from; it moves to REMEDY_CHOSEN when they choose, to GOODS_RECEIVED when
 * the site has the goods, and to RESOLVED once the remedy is carried out (a repair
 * that fixed the fault, a replacement issued or a refund paid). A repair that did not
 * fix the fault, or inspection findings that close the chosen remedy, put the case
 * back to OPEN so the customer chooses again from the new decision.
 */
public enum CaseStatus {
    OPEN,
    REMEDY_CHOSEN,
    GOODS_RECEIVED,
    RESOLVED;

    public boolean isActive() {
        return this != RESOLVED;
    }
}
