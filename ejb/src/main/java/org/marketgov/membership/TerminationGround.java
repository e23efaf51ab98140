package org.marketgov.membership;

/** MEM-6: the grounds on which the site terminates a membership. */
public enum TerminationGround {
    VIOLATION,
    FALSE_REGISTRATION,
    AGREEMENT_REFUSED,
    OTHER
}
