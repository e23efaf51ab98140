package org.marketgov.credit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.util.ArrayList;
import java.util.List;
import org.marketgov.platform.SettingKey;
import org.marketgov.platform.SiteSettings;

/**
 * Reads the credit settings into one {@link CreditTerms}, all in one query: a profile
 * read needs some thirty of them, and one query each made that read a dozen times
 * slower than a trivial one.
 */
@Dependent
class CreditSettings {

    private static final List<SettingKey> LEVELS = List.of(SettingKey.LEVEL_HEART_1,
            SettingKey.LEVEL_HEART_2, SettingKey.LEVEL_HEART_3, SettingKey.LEVEL_HEART_4,
            SettingKey.LEVEL_HEART_5, SettingKey.LEVEL_DIAMOND_1, SettingKey.LEVEL_DIAMOND_2,
            SettingKey.LEVEL_DIAMOND_3, SettingKey.LEVEL_DIAMOND_4, SettingKey.LEVEL_DIAMOND_5,
            SettingKey.LEVEL_CROWN_1, SettingKey.LEVEL_CROWN_2, SettingKey.LEVEL_CROWN_3,
            SettingKey.LEVEL_CROWN_4, SettingKey.LEVEL_CROWN_5, SettingKey.LEVEL_GOLD_CROWN_1,
            SettingKey.LEVEL_GOLD_CROWN_2, SettingKey.LEVEL_GOLD_CROWN_3,
            SettingKey.LEVEL_GOLD_CROWN_4, SettingKey.LEVEL_GOLD_CROWN_5);

    @EJB
    private SiteSettings settings;

    CreditTerms terms() {
        SiteSettings.Snapshot s = settings.snapshot();
        List<Long> thresholds = new ArrayList<>();
        for (SettingKey k : LEVELS) {
            thresholds.add((long) s.number(k));
        }
        return new CreditTerms(s.number(SettingKey.POINTS_PRAISE),
                s.number(SettingKey.POINTS_NEUTRAL), s.number(SettingKey.POINTS_POOR),
                s.number(SettingKey.EVALUATION_WINDOW_DAYS), s.number(SettingKey.MONTHLY_CAP),
                s.number(SettingKey.SAME_GOODS_DAYS), s.number(SettingKey.REVISION_DAYS),
                s.number(SettingKey.EXPLANATION_DAYS), s.number(SettingKey.FLAG_PAIR_TRADES),
                s.number(SettingKey.FLAG_UNDER_PRICE_PERCENT),
                new CreditTerms.YoungPraise(s.number(SettingKey.FLAG_YOUNG_PRAISE_SAMPLE),
                        s.number(SettingKey.FLAG_YOUNG_PRAISE_MINIMUM),
                        s.number(SettingKey.FLAG_YOUNG_PRAISE_PERCENT),
                        s.number(SettingKey.FLAG_YOUNG_ACCOUNT_DAYS)),
                s.zone(), thresholds);
    }
}
