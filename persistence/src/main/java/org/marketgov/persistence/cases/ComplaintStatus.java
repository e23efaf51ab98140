package org.marketgov.persistence.cases;

/**
 * CMP-2, CMP-3: where a complaint stands. {@code SUBMITTED} waits for admission;
 * {@code ACCEPTED} waits for a mediator; {@code IN_MEDIATION} collects statements;
 * {@code PROPOSED} waits for both parties' answers. {@code REJECTED}, {@code SETTLED},
 * {@code MEDIATION_FAILED} and {@code WITHDRAWN} are final.
 */
public enum ComplaintStatus {
    SUBMITTED,
    ACCEPTED,
    IN_MEDIATION,
    PROPOSED,
    REJECTED,
    SETTLED,
    MEDIATION_FAILED,
    WITHDRAWN;

    public boolean isFinal() {
        return this == REJECTED || this == SETTLED || this == MEDIATION_FAILED
                || this == WITHDRAWN;
    }
}
