package org.marketgov.persistence.credit;

/** CR-11: the signs of credit speculation that put a trade or a pair under review. */
public enum FlagKind {
    /** A member pair with more trades in one natural month than the setting allows. */
    PAIR_TRADES,
    /** A trade paid at less than the set share of its listing's price; it scores nothing. */
    UNDER_PRICED,
    /** A seller whose latest scored praises came mostly from accounts only days old. */
    YOUNG_PRAISE
}
