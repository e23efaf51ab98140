package org.marketgov.persistence.membership;

/** MEM-1: a member registers as a natural person or as a business. */
public enum MemberKind {
    PERSON,
    BUSINESS
}
