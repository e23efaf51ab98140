package org.marketgov.web.cases;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.marketgov.platform.SettingKey;
import org.marketgov.platform.SiteSettings;
import org.marketgov.web.platform.Notices;

/**
 * PUB-1: the public page of the complaints, accusations and consulting system. The
 * deadlines its rules quote are the live settings the desks enforce.
 */
@Named
@ViewScoped
public class PublishedCaseRules implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SiteSettings settings;

    @Inject
    private Notices notices;

    private List<SiteSettings.Entry> caseSettings;

    @PostConstruct
    void load() {
        caseSettings = settings.all().stream().filter(e -> e.key().startsWith("cases."))
                .toList();
    }

    /** The setting's meaning in the visitor's language, or the boundary's English. */
    public String meaningOf(SiteSettings.Entry entry) {
        return notices.textOr("setting." + entry.key(), entry.description());
    }

    /** The live value of one cases setting, as the rules sentences quote it. */
    public String valueOf(String key) {
        return caseSettings.stream().filter(e -> e.key().equals(key))
                .map(SiteSettings.Entry::value).findFirst()
                .orElseGet(() -> SettingKey.byKey(key).defaultValue());
    }

    public List<SiteSettings.Entry> getSettings() {
        return caseSettings;
    }
}
