package org.marketgov.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * DS-2, MEM-1: what a new password must be, for members and staff alike: at least ten
 * characters, at most 128, not a commonly used one, not four characters over and over,
 * and not containing the username.
 */
public final class PasswordPolicy {

    private static final int MIN_LENGTH = 10;
    private static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = loadCommon();

    private PasswordPolicy() {
    }

    /** Why the password may not be used, if it may not. */
    public static Optional<String> problem(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("at most " + MAX_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Optional.of("this password is too common");
        }
        if (lower.chars().distinct().count() < 4) {
            return Optional.of("too few different characters");
        }
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("the password may not contain the username");
        }
        return Optional.empty();
    }

    /** How many passwords the shipped list refuses. */
    static int commonCount() {
        return COMMON.size();
    }

    private static Set<String> loadCommon() {
        InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
        if (in == null) {
            throw new IllegalStateException("common-passwords.txt is missing from the build");
        }
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
