package org.marketgov.credit;

import java.time.ZoneId;
import java.util.List;
import org.marketgov.persistence.credit.Rating;

/**
 * The site settings the credit rules use, read once per request so one decision sees
 * one consistent set of numbers. {@code poorPoints} is how much a poor rating takes
 * away; the level thresholds are the twenty lowest scores of the levels, in order.
 * {@code youngPraise} holds the CR-11 settings for praise from young accounts.
 */
public record CreditTerms(int praisePoints, int neutralPoints, int poorPoints, int windowDays,
        int monthlyCap, int sameGoodsDays, int revisionDays, int explanationDays,
        int pairTradesPerMonth, int underPricePercent, YoungPraise youngPraise, ZoneId zone,
        List<Long> levelThresholds) {

    /**
     * CR-11: a seller is flagged when more than {@code percent} of its latest
     * {@code sample} scored praises (all of them while it has fewer) came from accounts
     * younger than {@code accountDays}, once it has at least {@code minimum} of them.
     */
    public record YoungPraise(int sample, int minimum, int percent, int accountDays) {
    }

    /** The defaults of SPEC.md, for tests and as a reading aid. */
    public static CreditTerms standard(ZoneId zone) {
        return new CreditTerms(1, 0, 1, 15, 6, 14, 30, 30, 6, 20,
                new YoungPraise(20, 5, 50, 30), zone, CreditLevels.STANDARD_THRESHOLDS);
    }

    /** CR-2: the points a rating is worth before any cap. */
    public int points(Rating rating) {
        return switch (rating) {
            case PRAISE -> praisePoints;
            case NEUTRAL -> neutralPoints;
            case POOR -> -poorPoints;
        };
    }
}
