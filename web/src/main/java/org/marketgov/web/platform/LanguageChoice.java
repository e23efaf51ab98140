package org.marketgov.web.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language a visitor picked in the header, kept for the whole session. Until a
 * choice is made the browser's preferred language decides, among those the console
 * supports (English and Simplified Chinese).
 */
@Named
@SessionScoped
public class LanguageChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale chosen;

    public Locale getLocale() {
        if (chosen != null) {
            return chosen;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getViewHandler().calculateLocale(faces);
    }

    public boolean isChinese() {
        return Locale.SIMPLIFIED_CHINESE.getLanguage().equals(getLocale().getLanguage());
    }

    public String useEnglish() {
        return choose(Locale.ENGLISH);
    }

    public String useChinese() {
        return choose(Locale.SIMPLIFIED_CHINESE);
    }

    private String choose(Locale locale) {
        chosen = locale;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        return faces.getViewRoot().getViewId() + "?faces-redirect=true";
    }
}
