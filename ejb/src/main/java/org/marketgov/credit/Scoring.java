package org.marketgov.credit;

import org.marketgov.persistence.credit.NotScoredReason;

/**
 * How many points an evaluation adds when it becomes visible. Evaluations are scored
 * one at a time in the order they became visible (then by id), so the same history
 * always gives the same scores.
 */
public final class Scoring {

    private Scoring() {
    }

    /** The outcome for one evaluation: scored with its points, or not with a reason. */
    public record Decision(boolean scored, NotScoredReason reason, int points) {

        static Decision scored(int points) {
            return new Decision(true, null, points);
        }

        static Decision notScored(NotScoredReason reason) {
            return new Decision(false, reason, 0);
        }
    }

    /**
     * Decides in this order. CR-11: a trade held for review scores nothing until STAFF
     * clears it. CR-7: a praise (or a poor rating) on goods that the same rater already
     * praised (or rated poor) for the same member in a trade created less than the set
     * days apart scores nothing. CR-6: an evaluation that would take the month's net
     * points between rater and rated member above the cap, or below minus the cap,
     * scores nothing; one that moves the net towards zero always scores, and a neutral
     * rating worth no points always scores.
     *
     * @param points the rating's points (CR-2)
     * @param monthNet the net points already scored by this rater for this member for
     *        trades created in the same natural month
     */
    public static Decision decide(int points, boolean held, boolean sameGoodsScored,
            int monthNet, int cap) {
        if (held) {
            return Decision.notScored(NotScoredReason.UNDER_REVIEW);
        }
        if (points != 0 && sameGoodsScored) {
            return Decision.notScored(NotScoredReason.SAME_GOODS);
        }
        if (beyondCap(points, monthNet, cap)) {
            return Decision.notScored(NotScoredReason.MONTHLY_CAP);
        }
        return Decision.scored(points);
    }

    private static boolean beyondCap(int points, int monthNet, int cap) {
        return points > 0 && monthNet + points > cap || points < 0 && monthNet + points < -cap;
    }

    /**
     * CR-8 with CR-6: the points of a scored evaluation after its author changed the
     * rating. The evaluation stays scored and takes the new rating's points, but only
     * as far as the month's cap allows, so a revision cannot carry the month's net
     * beyond the cap either way; a praise revised in a full month may so be worth 0.
     *
     * @param oldPoints the evaluation's points before the revision
     * @param newPoints the new rating's points (CR-2)
     * @param monthNet the month's net points including {@code oldPoints}
     */
    public static int revisedPoints(int oldPoints, int newPoints, int monthNet, int cap) {
        int others = monthNet - oldPoints;
        if (newPoints > 0) {
            return Math.min(newPoints, Math.max(0, cap - others));
        }
        if (newPoints < 0) {
            return Math.max(newPoints, Math.min(0, -cap - others));
        }
        return 0;
    }
}
