package org.marketgov.web.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;

/** Success messages of the cases pages, from the cases bundle in the visitor's language. */
@ApplicationScoped
public class CaseLabels {

    static final String BUNDLE = "org.marketgov.web.cases_messages";

    public void info(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale())
                .getString(key);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
