package org.marketgov.platform;

/**
 * Every site setting with its default and its meaning. Defaults are written to the
 * database on first start; from then on the database value is what the rules use
 * and what the public rules pages show.
 */
public enum SettingKey {
    SITE_ZONE("site.zone", "Asia/Shanghai", "Time zone that defines the site's days and months"),
    UNVERIFIED_TRADE_LIMIT("membership.unverified-trade-limit", "2000.00",
            "MEM-2: largest trade amount (CNY) for a member without real-name verification"),
    MEMBERSHIP_FEE("membership.fee-per-year", "0.00",
            "MEM-4: membership fee per year (CNY); 0 means membership is free"),
    FEE_GRACE_DAYS("membership.fee-grace-days", "30",
            "MEM-4: days a fee may be overdue before selling rights are suspended"),
    LOGIN_MAX_FAILURES("security.login-max-failures", "5",
            "DS-2: failed logins in a row that lock an account"),
    LOGIN_LOCK_MINUTES("security.login-lock-minutes", "15",
            "DS-2: minutes an account stays locked after too many failed logins"),
    LOGIN_THROTTLE_AFTER("security.login-throttle-after", "3",
            "DS-2: failed logins in a row after which an account refuses attempts for 2^n s"),
    LOGIN_THROTTLE_MAX_SECONDS("security.login-throttle-max-seconds", "900",
            "DS-2: longest time (seconds) an account refuses attempts between failures"),
    LOGIN_ADDRESS_MAX_FAILURES("security.login-address-max-failures", "100",
            "DS-2: failed logins from one client address, across accounts, that refuse it"),
    LOGIN_ADDRESS_QUIET_MINUTES("security.login-address-quiet-minutes", "15",
            "DS-2: minutes without a failure after which a refused client address may try again"),
    UNSEAL_GRANT_MINUTES("security.unseal-grant-minutes", "30",
            "DS-4: minutes an approved unseal request lets its requester read the informant"),
    ESCROW_ONLY_ABOVE("trading.escrow-only-above", "10000.00",
            "RISK-2: trades above this amount (CNY) may be paid by ESCROW only"),
    AUTO_COMPLETE_DAYS("trading.auto-complete-days", "10",
            "RISK-3: days after shipment when a trade the buyer has not confirmed completes"),
    CASE_ADMISSION_DAYS("cases.admission-working-days", "2",
            "CMP-2: working days within which STAFF accepts or rejects a complaint"),
    CASE_MEDIATION_DAYS("cases.mediation-working-days", "10",
            "CMP-3, CMP-8: working days an accepted complaint is due to be mediated in"),
    ACCUSATION_APPEAL_DAYS("cases.appeal-days", "7",
            "CMP-5: days after an accusation during which the accused may appeal once"),
    ACCUSATION_DECISION_DAYS("cases.accusation-decision-working-days", "5",
            "CMP-8: working days after the appeal window closes by which STAFF decides"),
    CONSULTATION_ANSWER_HOURS("cases.consultation-answer-hours", "24",
            "CMP-7, CMP-8: hours within which STAFF answers a consultation"),
    EVIDENCE_MAX_BYTES("cases.evidence-max-bytes", "2097152",
            "CMP-1, CMP-4: largest evidence file (bytes) a complaint or accusation takes"),
    RETURN_DAYS("aftersales.return-days", "7",
            "AS-1: days from delivery (day 1) during which a quality fault may be returned"),
    REPLACE_DAYS("aftersales.replace-days", "30",
            "AS-2: days from delivery (day 1) during which a quality fault may be replaced"),
    WARRANTY_DAYS("aftersales.warranty-days", "365",
            "AS-3: days from delivery (day 1) of free warranty repair"),
    FAILED_REPAIRS("aftersales.failed-repairs", "2",
            "AS-4: failed repairs by the site's service after which replacement is open"),
    PAID_REPAIR_MONTHS("aftersales.paid-repair-warranty-months", "3",
            "AS-7: months a paid repair after the warranty is itself guaranteed"),
    POINTS_PRAISE("credit.points-praise", "1", "CR-2: points a praise adds to a credit score"),
    POINTS_NEUTRAL("credit.points-neutral", "0", "CR-2: points a neutral rating adds"),
    POINTS_POOR("credit.points-poor", "1", "CR-2: points a poor rating takes away"),
    EVALUATION_WINDOW_DAYS("credit.window-days", "15",
            "CR-3: days after completion during which the parties may evaluate a trade"),
    MONTHLY_CAP("credit.monthly-cap", "6",
            "CR-6: net points one rater may give one member per natural month, either way"),
    SAME_GOODS_DAYS("credit.same-goods-days", "14",
            "CR-7: trades of the same goods closer than this many days score once per rating"),
    REVISION_DAYS("credit.revision-days", "30",
            "CR-8: days after an evaluation becomes visible during which it may be revised"),
    EXPLANATION_DAYS("credit.explanation-days", "30",
            "CR-9: days after an evaluation becomes visible during which it may be explained"),
    FLAG_PAIR_TRADES("credit.flag-pair-trades-per-month", "6",
            "CR-11: trades of one member pair in a month above which the pair is flagged"),
    FLAG_UNDER_PRICE_PERCENT("credit.flag-under-price-percent", "20",
            "CR-11: a trade paid below this percent of the listing price is held for review"),
    FLAG_YOUNG_PRAISE_SAMPLE("credit.flag-young-praise-sample", "20",
            "CR-11: how many of a seller's latest scored praises are checked for young accounts"),
    FLAG_YOUNG_PRAISE_MINIMUM("credit.flag-young-praise-minimum", "5",
            "CR-11: scored praises a seller needs before the share from young accounts counts"),
    FLAG_YOUNG_PRAISE_PERCENT("credit.flag-young-praise-percent", "50",
            "CR-11: a seller is flagged when more than this percent of that sample came from"
            + " young accounts"),
    FLAG_YOUNG_ACCOUNT_DAYS("credit.flag-young-account-days", "30",
            "CR-11: an account younger than this many days when it praised counts as young"),
    LEVEL_HEART_1("credit.level.heart-1", "4", "CR-10: lowest score of level 1 heart"),
    LEVEL_HEART_2("credit.level.heart-2", "11", "CR-10: lowest score of level 2 hearts"),
    LEVEL_HEART_3("credit.level.heart-3", "41", "CR-10: lowest score of level 3 hearts"),
    LEVEL_HEART_4("credit.level.heart-4", "91", "CR-10: lowest score of level 4 hearts"),
    LEVEL_HEART_5("credit.level.heart-5", "151", "CR-10: lowest score of level 5 hearts"),
    LEVEL_DIAMOND_1("credit.level.diamond-1", "251", "CR-10: lowest score of level 1 diamond"),
    LEVEL_DIAMOND_2("credit.level.diamond-2", "501", "CR-10: lowest score of level 2 diamonds"),
    LEVEL_DIAMOND_3("credit.level.diamond-3", "1001", "CR-10: lowest score of level 3 diamonds"),
    LEVEL_DIAMOND_4("credit.level.diamond-4", "2001", "CR-10: lowest score of level 4 diamonds"),
    LEVEL_DIAMOND_5("credit.level.diamond-5", "5001", "CR-10: lowest score of level 5 diamonds"),
    LEVEL_CROWN_1("credit.level.crown-1", "10001", "CR-10: lowest score of level 1 crown"),
    LEVEL_CROWN_2("credit.level.crown-2", "20001", "CR-10: lowest score of level 2 crowns"),
    LEVEL_CROWN_3("credit.level.crown-3", "50001", "CR-10: lowest score of level 3 crowns"),
    LEVEL_CROWN_4("credit.level.crown-4", "100001", "CR-10: lowest score of level 4 crowns"),
    LEVEL_CROWN_5("credit.level.crown-5", "200001", "CR-10: lowest score of level 5 crowns"),
    LEVEL_GOLD_CROWN_1("credit.level.gold-crown-1", "500001",
            "CR-10: lowest score of level 1 gold crown"),
    LEVEL_GOLD_CROWN_2("credit.level.gold-crown-2", "1000001",
            "CR-10: lowest score of level 2 gold crowns"),
    LEVEL_GOLD_CROWN_3("credit.level.gold-crown-3", "2000001",
            "CR-10: lowest score of level 3 gold crowns"),
    LEVEL_GOLD_CROWN_4("credit.level.gold-crown-4", "5000001",
            "CR-10: lowest score of level 4 gold crowns"),
    LEVEL_GOLD_CROWN_5("credit.level.gold-crown-5", "10000001",
            "CR-10: lowest score of level 5 gold crowns");

    private final String key;
    private final String defaultValue;
    private final String description;

    SettingKey(String key, String defaultValue, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    public static SettingKey byKey(String key) {
        for (SettingKey k : values()) {
            if (k.key.equals(key)) {
                return k;
            }
        }
        throw InvalidInput.of("key", "no setting named " + key);
    }
}
