package org.marketgov.web.trading;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.marketgov.platform.SettingKey;
import org.marketgov.platform.SiteSettings;

/**
 * PUB-1: the trading rules (RISK-1..6) with the numbers they decide with, read from the
 * live site settings: the public rules page shows them all, and the listing and trade
 * pages show the RISK-2 amount above which only ESCROW is allowed.
 */
@Named
@ViewScoped
public class PublishedTradingRules implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SiteSettings settings;

    private BigDecimal escrowOnlyAbove;
    private int autoCompleteDays;
    private List<SiteSettings.Entry> liveSettings;

    @PostConstruct
    void load() {
        escrowOnlyAbove = settings.amount(SettingKey.ESCROW_ONLY_ABOVE);
        autoCompleteDays = settings.number(SettingKey.AUTO_COMPLETE_DAYS);
        liveSettings = settings.all().stream()
                .filter(e -> e.key().startsWith("trading.")
                        || e.key().equals(SettingKey.UNVERIFIED_TRADE_LIMIT.key()))
                .toList();
    }

    /** RISK-2: trades above this amount (CNY) may be paid by ESCROW only. */
    public String getEscrowOnlyAbove() {
        return escrowOnlyAbove.toPlainString();
    }

    /** RISK-3: days after shipment when an unconfirmed trade completes by itself. */
    public int getAutoCompleteDays() {
        return autoCompleteDays;
    }

    public List<SiteSettings.Entry> getSettings() {
        return liveSettings;
    }
}
