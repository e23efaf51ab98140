package org.marketgov.persistence.cases;

/** CMP-6: the rungs of the penalty ladder, mildest first. */
public enum PenaltyStep {
    LISTING_TAKEN_DOWN,
    WARNING,
    TEMPORARY_FREEZE,
    PERMANENT_FREEZE
}
