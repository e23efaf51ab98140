package org.marketgov.persistence.cases;

/**
 * CMP-5: an accusation is {@code SUBMITTED}, possibly {@code APPEALED} by the accused,
 * and ends {@code UPHELD} or {@code UNFOUNDED} (closed as invalid).
 */
public enum AccusationStatus {
    SUBMITTED,
    APPEALED,
    UPHELD,
    UNFOUNDED;

    public boolean isDecided() {
        return this == UPHELD || this == UNFOUNDED;
    }
}
