package org.marketgov.web.platform;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.marketgov.platform.SiteSettings;
import org.marketgov.security.SiteAdministration;

/**
 * The settings page: every site setting with its value and default. STAFF may change
 * a value; the boundary checks its shape and writes an audit line (DS-3). An AUDITOR
 * sees the same list read-only.
 */
@Named
@ViewScoped
public class ChangeSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SiteAdministration administration;

    @Inject
    private ConsoleUser user;

    @Inject
    private Notices notices;

    private List<SiteSettings.Entry> entries;
    private String editedKey;
    private String newValue;

    public List<SiteSettings.Entry> getEntries() {
        if (entries == null) {
            entries = administration.settings();
        }
        return entries;
    }

    /** The setting's meaning in the visitor's language, or the boundary's English. */
    public String meaningOf(SiteSettings.Entry entry) {
        return notices.textOr("setting." + entry.key(), entry.description());
    }

    public void edit(SiteSettings.Entry entry) {
        editedKey = entry.key();
        newValue = entry.value();
    }

    public void cancel() {
        editedKey = null;
    }

    public void save() {
        notices.attempt(() -> {
            administration.changeSetting(editedKey, newValue, user.origin());
            notices.info("settings.saved", editedKey);
            editedKey = null;
            entries = null;
        }, Map.of("value", "newValue"));
    }

    public String getEditedKey() {
        return editedKey;
    }

    public String getNewValue() {
        return newValue;
    }

    public void setNewValue(String newValue) {
        this.newValue = newValue;
    }
}
