package org.marketgov.persistence.membership;

/** MEM-2: real-name verification of a member or of one submission. */
public enum VerificationStatus {
    UNVERIFIED,
    PENDING,
    VERIFIED,
    REJECTED
}
