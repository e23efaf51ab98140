package org.marketgov.security;

/** A new staff or auditor account: its username, role and first password. */
public record StaffAccountForm(String username, String role, String password) {

    /** The form as it may be logged or kept for a repeated request: without the password. */
    @Override
    public String toString() {
        return "StaffAccountForm[username=" + username + ", role=" + role + "]";
    }
}
