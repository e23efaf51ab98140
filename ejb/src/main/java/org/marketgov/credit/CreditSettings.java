package org.marketgov.credit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.util.ArrayList;
import java.util.List;
import org.marketgov.platform.SettingKey;
import org.marketgov.platform.SiteSettings;

/** Reads the credit settings into one {@link CreditTerms}. */
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
        List<Long> thresholds = new ArrayList<>();
        for (SettingKey k : LEVELS) {
            thresholds.add((long) settings.number(k));
        }
        return new CreditTerms(n(SettingKey.POINTS_PRAISE), n(SettingKey.POINTS_NEUTRAL),
                n(SettingKey.POINTS_POOR), n(SettingKey.EVALUATION_WINDOW_DAYS),
                n(SettingKey.MONTHLY_CAP), n(SettingKey.SAME_GOODS_DAYS),
                n(SettingKey.REVISION_DAYS), n(SettingKey.EXPLANATION_DAYS),
                n(SettingKey.FLAG_PAIR_TRADES), n(SettingKey.FLAG_UNDER_PRICE_PERCENT),
                new CreditTerms.YoungPraise(n(SettingKey.FLAG_YOUNG_PRAISE_SAMPLE),
                        n(SettingKey.FLAG_YOUNG_PRAISE_MINIMUM),
                        n(SettingKey.FLAG_YOUNG_PRAISE_PERCENT),
                        n(SettingKey.FLAG_YOUNG_ACCOUNT_DAYS)),
                settings.zone(), thresholds);
    }

    private int n(SettingKey key) {
        return settings.number(key);
    }
}
