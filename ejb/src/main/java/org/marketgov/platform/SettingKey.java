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
    ESCROW_ONLY_ABOVE("trading.escrow-only-above", "10000.00",
            "RISK-2: trades above this amount (CNY) may be paid by ESCROW only"),
    AUTO_COMPLETE_DAYS("trading.auto-complete-days", "10",
            "RISK-3: days after shipment when a trade the buyer has not confirmed completes");

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
