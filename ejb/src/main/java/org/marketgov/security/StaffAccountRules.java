package org.marketgov.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marketgov.persistence.security.StaffRole;
import org.marketgov.platform.InvalidInput.FieldError;
import org.marketgov.platform.RuleViolation;

/**
 * DS-3, DS-4: who may add and disable staff and auditor accounts, as plain Java. An account
 * manages only accounts of its own role: STAFF adds the operators and mediators it works
 * with, and only an AUDITOR adds an AUDITOR, so no STAFF account can create the approver
 * of its own break-glass requests. Nobody disables their own account, so the last one of a
 * role cannot lock that role out.
 */
public final class StaffAccountRules {

    private StaffAccountRules() {
    }

    /** The problems of a new account's username, role and first password. */
    public static List<FieldError> check(StaffAccountForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form == null) {
            errors.add(new FieldError("username", "the account's username is required"));
            return errors;
        }
        AccountNames.problem(form.username())
                .ifPresent(m -> errors.add(new FieldError("username", m)));
        if (role(form.role()) == null) {
            errors.add(new FieldError("role", "STAFF or AUDITOR"));
        }
        PasswordPolicy.problem(form.password(), form.username())
                .ifPresent(m -> errors.add(new FieldError("password", m)));
        return errors;
    }

    /** The role named in a form, or null when it names none. */
    public static StaffRole role(String name) {
        if (name == null) {
            return null;
        }
        try {
            return StaffRole.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** DS-4: an account adds or disables only accounts of its own role. */
    public static void requireOwnRole(StaffRole caller, StaffRole account) {
        if (caller != account) {
            throw new RuleViolation("DS-4", "a " + caller + " account manages only "
                    + caller + " accounts; " + account + " accounts are managed by their own"
                    + " role");
        }
    }

    /** DS-3: nobody disables their own account. */
    public static void requireNotSelf(String caller, String username) {
        if (caller.equalsIgnoreCase(username)) {
            throw new RuleViolation("DS-3", "an account cannot disable itself");
        }
    }
}
