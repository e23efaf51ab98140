package org.marketgov.persistence.aftersales;

/**
 * Why goods failed, as the customer states it and as inspection finds it. Only a
 * {@link #QUALITY_DEFECT} (a design, manufacturing or quality defect) is covered by the
 * commitment; every other cause is an exclusion of AS-6 and leads to paid service.
 */
public enum Cause {
    QUALITY_DEFECT,
    MISUSE,
    UNAUTHORIZED_REPAIR,
    NOT_SOLD_HERE,
    FORCE_MAJEURE,
    EXTERNAL_CAUSE,
    OTHER;

    public boolean isCovered() {
        return this == QUALITY_DEFECT;
    }
}
