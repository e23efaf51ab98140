package org.marketgov.persistence.trading;

/**
 * RISK-6: the kinds of data message the parties of a trade exchange. An offer stands
 * on its own; a withdrawal and a revocation take back the sender's own offer, and an
 * acceptance answers the other party's offer.
 */
public enum MessageKind {
    OFFER,
    WITHDRAWAL,
    REVOCATION,
    ACCEPTANCE;

    /** Whether a message of this kind must name an earlier offer. */
    public boolean answersAnOffer() {
        return this != OFFER;
    }

    /** Whether the offer answered must be the sender's own (rather than the other party's). */
    public boolean takesBackOwnOffer() {
        return this == WITHDRAWAL || this == REVOCATION;
    }
}
