package org.marketgov.cases;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * CMP-8: the age groups of the AUDITOR's ageing chart: under one day, one to two
 * days, two to five, five to ten, and over ten days since the case was opened.
 */
public final class AgeBuckets {

    /** Upper bounds, in hours, of every group but the last. */
    private static final long[] BOUNDS = {24, 48, 120, 240};

    public static final int COUNT = BOUNDS.length + 1;

    private AgeBuckets() {
    }

    /** The group of a case opened at {@code openedAt}, seen at {@code now}. */
    public static int of(OffsetDateTime openedAt, OffsetDateTime now) {
        long hours = Duration.between(openedAt, now).toHours();
        for (int i = 0; i < BOUNDS.length; i++) {
            if (hours < BOUNDS[i]) {
                return i;
            }
        }
        return BOUNDS.length;
    }
}
