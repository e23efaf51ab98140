package org.marketgov.web.cases;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.marketgov.cases.AccusationDesk;
import org.marketgov.cases.CaseForms.DecisionForm;
import org.marketgov.cases.CaseViews.AccusationView;
import org.marketgov.cases.CaseViews.UnsealRequestView;
import org.marketgov.cases.InformantUnsealing;
import org.marketgov.web.platform.ConsoleUser;
import org.marketgov.web.platform.Notices;

/**
 * CMP-5, CMP-6: STAFF reviews one accusation, its appeal, and decides UPHELD or
 * UNFOUNDED with a reason. The page shows the informant only as the desk gives it:
 * never for an anonymous report (CMP-4); for one, STAFF may ask an AUDITOR to unseal
 * the informant with a reason (DS-4).
 */
@Named
@ViewScoped
public class ReviewAccusation implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AccusationDesk desk;

    @EJB
    private InformantUnsealing unsealing;

    @Inject
    private ConsoleUser user;

    @Inject
    private Notices notices;

    @Inject
    private CaseLabels labels;

    private Long id;
    private AccusationView accusation;
    private String reason;
    private boolean serious;
    private String unsealReason;
    private UnsealRequestView unsealRequest;

    public void load() {
        notices.attempt(() -> {
            accusation = id == null ? null : desk.accusation(id);
        });
    }

    public void uphold() {
        decide("UPHELD");
    }

    public void dismiss() {
        decide("UNFOUNDED");
    }

    /** DS-4: asks an AUDITOR to unseal the anonymous informant, with a reason. */
    public void requestUnsealing() {
        notices.attempt(() -> {
            unsealRequest = unsealing.request(id, unsealReason, user.origin());
            labels.info("unseal.requested");
        }, Map.of("reason", "unseal-reason"));
    }

    private void decide(String outcome) {
        notices.attempt(() -> {
            accusation = desk.decide(id, new DecisionForm(outcome, reason, serious),
                    user.origin());
            labels.info("case.saved");
        }, Map.of("reason", "reason"));
    }

    public AccusationView getAccusation() {
        return accusation;
    }

    public UnsealRequestView getUnsealRequest() {
        return unsealRequest;
    }

    public String getUnsealReason() {
        return unsealReason;
    }

    public void setUnsealReason(String unsealReason) {
        this.unsealReason = unsealReason;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isSerious() {
        return serious;
    }

    public void setSerious(boolean serious) {
        this.serious = serious;
    }
}
