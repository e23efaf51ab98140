package org.marketgov.security;

/** The container roles. */
public final class Roles {

    public static final String MEMBER = "MEMBER";
    public static final String STAFF = "STAFF";
    public static final String AUDITOR = "AUDITOR";

    private Roles() {
    }
}
