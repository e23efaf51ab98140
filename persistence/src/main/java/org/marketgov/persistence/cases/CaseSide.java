package org.marketgov.persistence.cases;

/** Who acted in a complaint's timeline. */
public enum CaseSide {
    COMPLAINANT,
    RESPONDENT,
    STAFF,
    MEDIATOR
}
