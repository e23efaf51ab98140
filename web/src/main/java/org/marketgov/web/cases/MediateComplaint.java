package org.marketgov.web.cases;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.function.Supplier;
import org.marketgov.cases.CaseForms.AdmissionForm;
import org.marketgov.cases.CaseViews.ComplaintView;
import org.marketgov.cases.ComplaintDesk;
import org.marketgov.platform.InvalidInput;
import org.marketgov.platform.NotFound;
import org.marketgov.platform.RuleViolation;
import org.marketgov.web.platform.ConsoleUser;
import org.marketgov.web.platform.Notices;

/**
 * CMP-2, CMP-3: the mediator's page for one complaint: admit or reject it (citing the
 * rule), take it as mediator, propose a settlement or end a failed mediation, with
 * the full timeline below.
 */
@Named
@ViewScoped
public class MediateComplaint implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ComplaintDesk desk;

    @Inject
    private ConsoleUser user;

    @Inject
    private Notices notices;

    @Inject
    private CaseLabels labels;

    private Long id;
    private ComplaintView complaint;
    private String rule;
    private String text;

    public void load() {
        try {
            complaint = id == null ? null : desk.complaint(id);
        } catch (NotFound e) {
            notices.missing(e);
        } catch (EJBAccessException e) {
            notices.denied(e);
        }
    }

    public void accept() {
        act(() -> desk.admit(id, new AdmissionForm(true, null, text), user.origin()));
    }

    public void reject() {
        act(() -> desk.admit(id, new AdmissionForm(false, rule, text), user.origin()));
    }

    public void takeOver() {
        act(() -> desk.assign(id, null, user.origin()));
    }

    public void propose() {
        act(() -> desk.propose(id, text, user.origin()));
    }

    public void fail() {
        act(() -> desk.fail(id, text, user.origin()));
    }

    private void act(Supplier<ComplaintView> step) {
        try {
            complaint = step.get();
            labels.info("case.saved");
            text = null;
            rule = null;
        } catch (InvalidInput e) {
            notices.invalid(e, Map.of("rule", "rule", "reason", "text", "text", "text"));
        } catch (RuleViolation e) {
            notices.refused(e);
        } catch (NotFound e) {
            notices.missing(e);
        } catch (EJBAccessException e) {
            notices.denied(e);
        }
    }

    public ComplaintView getComplaint() {
        return complaint;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getRule() {
        return rule;
    }

    public void setRule(String rule) {
        this.rule = rule;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
