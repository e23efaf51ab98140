package org.marketgov.api;

import org.marketgov.platform.InvalidInput;

/** {@code ?page=0&size=20} as API.md defines it, checked before any query runs. */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 100;

    public static Paging of(String page, String size) {
        return new Paging(number("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE),
                number("size", size, 20, 1, MAX_SIZE));
    }

    private static int number(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw InvalidInput.of(name, name + " must be a whole number from " + min + " to " + max);
    }
}
