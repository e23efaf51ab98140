package org.marketgov.aftersales;

/**
 * The numbers of the commitment, read from the site settings: days for returns
 * (AS-1), for replacements (AS-2), the warranty period (AS-3), the failed repairs that
 * open replacement (AS-4) and the months a paid repair is guaranteed (AS-7).
 *
 * <p>Limitation: the settings only refuse negative numbers, so STAFF could set a period
 * to 0 days, which closes it entirely; no check keeps the periods in ascending order.
 */
public record WarrantyTerms(int returnDays, int replaceDays, int warrantyDays,
        int failedRepairs, int paidRepairMonths) {

    /** The defaults of the specification. */
    public static final WarrantyTerms DEFAULTS = new WarrantyTerms(7, 30, 365, 2, 3);
}
