package org.marketgov.persistence.aftersales;

/**
 * What the site can do about faulty goods. RETURN refunds the price (AS-1), REPLACE
 * swaps the goods (AS-1, AS-2, AS-4), REPAIR is a free warranty repair (AS-3, AS-7)
 * and PAID_REPAIR the paid service offered when the commitment does not cover the
 * fault (AS-6).
 */
public enum Remedy {
    RETURN,
    REPLACE,
    REPAIR,
    PAID_REPAIR;

    /** AS-8: returns and replacements need the goods, all accessories and the invoice. */
    public boolean needsGoodsBack() {
        return this == RETURN || this == REPLACE;
    }
}
