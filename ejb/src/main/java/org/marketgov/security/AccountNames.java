package org.marketgov.security;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * MEM-1, DS-3: what a username must look like, for members and staff alike, since one
 * login form serves both.
 */
public final class AccountNames {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{3,32}");

    private AccountNames() {
    }

    /** Why the username may not be used, if its form does not allow it. */
    public static Optional<String> problem(String username) {
        if (username == null || !FORM.matcher(username).matches()) {
            return Optional.of("3 to 32 characters of letters, digits, '_' and '-'");
        }
        return Optional.empty();
    }
}
