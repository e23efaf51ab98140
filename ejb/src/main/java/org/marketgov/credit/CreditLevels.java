package org.marketgov.credit;

import java.util.List;
import org.marketgov.credit.CreditViews.Level;
import org.marketgov.credit.CreditViews.LevelTier;

/**
 * CR-10: the level icon of a score. Twenty thresholds (settings) are the lowest
 * scores of one to five hearts, diamonds, crowns and gold crowns; a score below the
 * first has no level. With the defaults 4-10 is one heart, 251-500 one diamond,
 * 10001-20000 one crown and above 10000000 five gold crowns.
 */
public final class CreditLevels {

    /** The thresholds of SPEC.md, the defaults of the level settings. */
    public static final List<Long> STANDARD_THRESHOLDS = List.of(4L, 11L, 41L, 91L, 151L,
            251L, 501L, 1001L, 2001L, 5001L, 10001L, 20001L, 50001L, 100001L, 200001L,
            500001L, 1000001L, 2000001L, 5000001L, 10000001L);

    private static final int PER_TIER = 5;

    private CreditLevels() {
    }

    /** The level of {@code score}, or null when it is below the first threshold. */
    public static Level of(long score, List<Long> thresholds) {
        int reached = 0;
        for (long lowest : thresholds) {
            if (score >= lowest) {
                reached++;
            }
        }
        if (reached == 0) {
            return null;
        }
        int step = Math.min(reached, PER_TIER * LevelTier.values().length) - 1;
        return new Level(LevelTier.values()[step / PER_TIER], step % PER_TIER + 1);
    }
}
