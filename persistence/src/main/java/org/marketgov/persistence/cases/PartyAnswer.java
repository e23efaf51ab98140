package org.marketgov.persistence.cases;

/** CMP-3: a party's answer to a settlement proposal. */
public enum PartyAnswer {
    ACCEPTED,
    REFUSED
}
