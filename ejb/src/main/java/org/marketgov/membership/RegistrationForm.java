package org.marketgov.membership;

import org.marketgov.persistence.membership.MemberKind;

/**
 * MEM-1: what a visitor submits to become a member. {@code adult} is an optional field
 * beyond API.md's registration body: {@code true} declares full civil capacity,
 * {@code false} is refused, and leaving it out counts as the declaration only when the
 * accepted agreement says persons registering have that capacity (version 1 does).
 */
public record RegistrationForm(String username, String password, String email, String phone,
        MemberKind kind, String displayName, Boolean agreementAccepted, Boolean adult,
        CompanyForm company) {

    /** A business's declared company data. */
    public record CompanyForm(String name, String licenseNumber, String address) {
    }
}
