package org.marketgov.persistence.security;

/** Whether an audited action went through. */
public enum AuditOutcome {
    SUCCESS,
    FAILURE,
    DENIED
}
