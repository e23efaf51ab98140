package org.marketgov.membership;

import org.marketgov.persistence.membership.MemberKind;

/** MEM-1: what a visitor submits to become a member. */
public record RegistrationForm(String username, String password, String email, String phone,
        MemberKind kind, String displayName, Boolean agreementAccepted, Boolean adult,
        CompanyForm company) {

    /** A business's declared company data. */
    public record CompanyForm(String name, String licenseNumber, String address) {
    }
}
