package org.marketgov.credit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.marketgov.persistence.trading.TradeStatus;
import org.marketgov.platform.RuleViolation;

/** The time limits and review signs of evaluations, as plain Java. */
public final class EvaluationRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private EvaluationRules() {
    }

    /** CR-1: only a completed trade can be evaluated. */
    public static void requireCompleted(TradeStatus status) {
        if (status != TradeStatus.COMPLETED) {
            throw new RuleViolation("CR-1", "only a completed trade can be evaluated");
        }
    }

    /** CR-3: the window ends the set number of days after the trade completed. */
    public static OffsetDateTime closesAt(OffsetDateTime completedAt, int windowDays) {
        return completedAt.plusDays(windowDays);
    }

    /** CR-3: after the window has ended no new evaluation is taken. */
    public static void requireWindowOpen(OffsetDateTime closesAt, Clock clock) {
        if (!clock.instant().isBefore(closesAt.toInstant())) {
            throw new RuleViolation("CR-3", "the evaluation window of this trade has ended");
        }
    }

    /**
     * CR-8: the author may revise or delete an evaluation once, within the set days
     * after it became visible; a sealed one cannot be changed yet.
     */
    public static void requireRevisable(OffsetDateTime visibleAt, boolean alreadyChanged,
            int revisionDays, Clock clock) {
        if (visibleAt == null) {
            throw new RuleViolation("CR-8", "a sealed evaluation cannot be changed yet");
        }
        if (alreadyChanged) {
            throw new RuleViolation("CR-8", "an evaluation can be revised or deleted once");
        }
        if (!clock.instant().isBefore(visibleAt.plusDays(revisionDays).toInstant())) {
            throw new RuleViolation("CR-8", "the time to revise this evaluation has passed");
        }
    }

    /**
     * CR-9: the rated member may explain an evaluation once, within the set days after
     * it became visible.
     */
    public static void requireExplainable(OffsetDateTime visibleAt, boolean alreadyExplained,
            int explanationDays, Clock clock) {
        if (visibleAt == null) {
            throw new RuleViolation("CR-9", "a sealed evaluation cannot be explained");
        }
        if (alreadyExplained) {
            throw new RuleViolation("CR-9", "an evaluation can be explained once");
        }
        if (!clock.instant().isBefore(visibleAt.plusDays(explanationDays).toInstant())) {
            throw new RuleViolation("CR-9", "the time to explain this evaluation has passed");
        }
    }

    /** CR-6: the natural month of a trade's creation in the site zone, as {@code 2026-01}. */
    public static String tradeMonth(OffsetDateTime createdAt, ZoneId zone) {
        return YearMonth.from(createdAt.atZoneSameInstant(zone)).toString();
    }

    /** CR-7: two trades count as one for the same goods when created less than the days apart. */
    public static boolean sameGoodsPeriod(OffsetDateTime a, OffsetDateTime b, int days) {
        return Duration.between(a, b).abs().compareTo(Duration.ofDays(days)) < 0;
    }

    /**
     * CR-11: a trade paid at less than the set percent of its listing's price is held
     * for review. An unknown listing price holds nothing.
     */
    public static boolean underPriced(BigDecimal paidUnitPrice, BigDecimal listPrice,
            int percent) {
        if (paidUnitPrice == null || listPrice == null) {
            return false;
        }
        return paidUnitPrice.multiply(HUNDRED)
                .compareTo(listPrice.multiply(BigDecimal.valueOf(percent))) < 0;
    }

    /** CR-11: a member pair with more trades in one month than the setting is flagged. */
    public static boolean pairFlagged(long tradesInMonth, int limit) {
        return tradesInMonth > limit;
    }

    /** CR-11: an account is young when it praised less than the set days after registering. */
    public static boolean youngAccount(OffsetDateTime registeredAt, OffsetDateTime praisedAt,
            int accountDays) {
        return registeredAt != null && praisedAt.isBefore(registeredAt.plusDays(accountDays));
    }

    /**
     * CR-11: a seller is flagged when its praise comes mostly from young accounts: more
     * than the set percent of its latest scored praises (all of them while it has fewer
     * than the sample). It is judged only from the set minimum of praises on, so a new
     * seller whose first buyer happens to be new is not flagged for that alone, while a
     * small ring of a handful of fresh accounts is.
     */
    public static boolean youngPraiseFlagged(int young, int sampled,
            CreditTerms.YoungPraise setting) {
        int enough = Math.max(1, Math.min(setting.minimum(), setting.sample()));
        return sampled >= enough && young * 100L > (long) setting.percent() * sampled;
    }
}
