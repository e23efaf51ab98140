package org.marketgov.cases;

import org.marketgov.persistence.cases.AccusationTarget;
import org.marketgov.persistence.cases.PenaltyStep;

/**
 * CMP-6: penalties for upheld accusations escalate per member, one rung per earlier
 * penalty, along the ladder: listing taken down, warning, temporary freeze (MEM-7),
 * permanent freeze. An accusation about a member's conduct has no listing to take
 * down, so it starts at the warning and climbs from there: warning, temporary freeze,
 * permanent freeze. A case STAFF calls serious freezes permanently at once.
 */
public final class PenaltyLadder {

    private static final PenaltyStep[] RUNGS = {PenaltyStep.LISTING_TAKEN_DOWN,
        PenaltyStep.WARNING, PenaltyStep.TEMPORARY_FREEZE, PenaltyStep.PERMANENT_FREEZE};

    private PenaltyLadder() {
    }

    /** CMP-6: the rung for a member who already has {@code earlier} penalties. */
    public static PenaltyStep next(long earlier, AccusationTarget target, boolean serious) {
        if (serious) {
            return PenaltyStep.PERMANENT_FREEZE;
        }
        long first = target == AccusationTarget.MEMBER ? 1 : 0;
        long rung = Math.min(first + Math.max(0, earlier), RUNGS.length - 1);
        return RUNGS[(int) rung];
    }
}
