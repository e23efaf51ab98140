package org.marketgov.persistence.cases;

/** CMP-4: what an accusation is about: a listing or a member's conduct. */
public enum AccusationTarget {
    LISTING,
    MEMBER
}
