package org.marketgov.persistence.security;

/**
 * DS-1: personal values are shown masked by default, keeping only enough characters
 * for their owner to recognise them.
 */
public final class Masking {

    private Masking() {
    }

    /** Keeps the first {@code head} and last {@code tail} characters. */
    public static String mask(String value, int head, int tail) {
        if (value == null) {
            return null;
        }
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail)
                + value.substring(value.length() - tail);
    }

    public static String phone(String phone) {
        return mask(phone, 3, 4);
    }

    public static String idNumber(String id) {
        return mask(id, 2, 2);
    }

    public static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at <= 1 ? email : email.charAt(0) + "***" + email.substring(at);
    }

    public static String text(String value) {
        return value == null ? null : mask(value, 1, 1);
    }
}
