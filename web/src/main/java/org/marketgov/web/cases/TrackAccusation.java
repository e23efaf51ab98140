package org.marketgov.web.cases;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.marketgov.cases.AccusationDesk;
import org.marketgov.cases.CaseViews.AccusationView;
import org.marketgov.web.platform.Notices;

/**
 * CMP-4: the public page where an anonymous informant follows a report with its
 * tracking code. The page shows the status and the decision only: the desk answers
 * no informant for a tracked report, and the page would not show one anyway.
 */
@Named
@ViewScoped
public class TrackAccusation implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AccusationDesk desk;

    @Inject
    private Notices notices;

    private String code;
    private AccusationView accusation;

    public void lookUp() {
        accusation = null;
        notices.attempt(() -> {
            accusation = desk.tracked(code == null ? null : code.strip());
        });
    }

    public AccusationView getAccusation() {
        return accusation;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
