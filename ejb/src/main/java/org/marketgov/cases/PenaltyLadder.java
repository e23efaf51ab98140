package org.marketgov.cases;

import org.marketgov.persistence.cases.AccusationTarget;
import org.marketgov.persistence.cases.PenaltyStep;

/**
 * CMP-6: penalties for upheld accusations escalate per member. The first one takes
 * the listing down (or, when the accusation was about conduct rather than a listing,
 * warns); the next warns, the one after freezes temporarily (MEM-7), and every later
 * one freezes permanently. A case STAFF calls serious freezes permanently at once.
 */
public final class PenaltyLadder {

    private PenaltyLadder() {
    }

    /** CMP-6: the rung for a member who already has {@code earlier} penalties. */
    public static PenaltyStep next(long earlier, AccusationTarget target, boolean serious) {
        if (serious || earlier >= 3) {
            return PenaltyStep.PERMANENT_FREEZE;
        }
        if (earlier == 2) {
            return PenaltyStep.TEMPORARY_FREEZE;
        }
        if (earlier == 1 || target == AccusationTarget.MEMBER) {
            return PenaltyStep.WARNING;
        }
        return PenaltyStep.LISTING_TAKEN_DOWN;
    }
}
