package org.marketgov.persistence.trading;

/** RISK-5: where the parties of a contract take a dispute they cannot settle. */
public enum DisputeForum {
    COURT,
    ARBITRATION
}
