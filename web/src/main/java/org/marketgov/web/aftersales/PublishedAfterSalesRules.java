package org.marketgov.web.aftersales;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.marketgov.aftersales.AfterSalesDesk;
import org.marketgov.aftersales.WarrantyTerms;
import org.marketgov.platform.SiteSettings;

/**
 * PUB-1: the public page of the after-sales commitment. Its numbers are the terms the
 * warranty policy decides with, read through the after-sales boundary from the live
 * site settings.
 */
@Named
@ViewScoped
public class PublishedAfterSalesRules implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AfterSalesDesk desk;

    @EJB
    private SiteSettings settings;

    private WarrantyTerms terms;
    private List<SiteSettings.Entry> liveSettings;

    @PostConstruct
    void load() {
        terms = desk.terms();
        liveSettings = settings.all().stream()
                .filter(e -> e.key().startsWith("aftersales.") || e.key().equals("site.zone"))
                .toList();
    }

    public WarrantyTerms getTerms() {
        return terms;
    }

    /** The site's time zone, in which the days of the commitment are counted. */
    public String getZone() {
        return settings.zone().getId();
    }

    public List<SiteSettings.Entry> getSettings() {
        return liveSettings;
    }
}
