package org.marketgov.persistence.cases;

/**
 * DS-4: an unseal request waits {@code PENDING} until an AUDITOR other than the requester
 * {@code APPROVED} or {@code REFUSED} it. An approval is a grant that ends by itself; its
 * end is a time, not a state, so no job has to run for the informant to be sealed again.
 */
public enum UnsealStatus {
    PENDING,
    APPROVED,
    REFUSED
}
