package org.marketgov.persistence.cases;

/** CMP-3: the kinds of entry in a complaint's timeline. */
public enum CaseEventKind {
    FILED,
    ACCEPTED,
    REJECTED,
    MEDIATOR_ASSIGNED,
    STATEMENT,
    PROPOSAL,
    PROPOSAL_ACCEPTED,
    PROPOSAL_REFUSED,
    EVALUATION_REMOVED,
    SETTLED,
    MEDIATION_FAILED,
    WITHDRAWN,
    EXPORTED,
    EVIDENCE_ADDED
}
