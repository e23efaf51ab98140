package org.marketgov.persistence.security;

/** The container role a staff account logs in with. */
public enum StaffRole {
    STAFF,
    AUDITOR
}
