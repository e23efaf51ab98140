package org.marketgov.web.cases;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.marketgov.cases.CaseForms.AdmissionForm;
import org.marketgov.cases.CaseForms.RemovalForm;
import org.marketgov.cases.CaseViews.CaseFile;
import org.marketgov.cases.CaseViews.ComplaintView;
import org.marketgov.cases.CaseViews.EvidenceView;
import org.marketgov.cases.ComplaintDesk;
import org.marketgov.cases.EvidenceDesk;
import org.marketgov.persistence.cases.ComplaintType;
import org.marketgov.persistence.security.StaffRole;
import org.marketgov.platform.NotFound;
import org.marketgov.platform.RuleViolation;
import org.marketgov.security.StaffAccounts.StaffAccountView;
import org.marketgov.security.StaffAccounts;
import org.marketgov.web.platform.ConsoleUser;
import org.marketgov.web.platform.Notices;

/**
 * CMP-2, CMP-3: the mediator's page for one complaint: admit or reject it (citing the
 * rule), take it as mediator or hand it to another STAFF account, propose a settlement or
 * end a failed mediation, with the full timeline below. STAFF sees the evidence files,
 * downloads the case file (CMP-3) and ends a malicious-evaluation complaint with the
 * evaluation removed (CR-11).
 */
@Named
@ViewScoped
public class MediateComplaint implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    @EJB
    private ComplaintDesk desk;

    @EJB
    private EvidenceDesk evidence;

    @EJB
    private StaffAccounts staffAccounts;

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
    private Long evaluationId;
    private String mediator;
    private List<String> mediators;
    private List<EvidenceView> files = List.of();

    public void load() {
        notices.attempt(() -> {
            complaint = id == null ? null : desk.complaint(id);
            files = id == null ? List.of() : evidence.ofComplaint(id);
        });
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

    /** CMP-3: hands an accepted case to the chosen mediator. */
    public void assign() {
        act(() -> desk.assign(id, mediator, user.origin()));
    }

    /** CMP-3: the STAFF accounts that may mediate, the ones that can still log in. */
    public List<String> getMediators() {
        if (mediators == null) {
            mediators = staffAccounts.accounts().stream()
                    .filter(a -> a.role() == StaffRole.STAFF && !a.disabled())
                    .map(StaffAccountView::username).toList();
        }
        return mediators;
    }

    public String getMediator() {
        return mediator;
    }

    public void setMediator(String mediator) {
        this.mediator = mediator;
    }

    public void propose() {
        act(() -> desk.propose(id, text, user.origin()));
    }

    public void fail() {
        act(() -> desk.fail(id, text, user.origin()));
    }

    /** CR-11: ends a malicious-evaluation complaint with the evaluation removed. */
    public void removeEvaluation() {
        act(() -> desk.removeEvaluation(id, new RemovalForm(evaluationId, text),
                user.origin()));
    }

    /** CMP-3: sends the case file as JSON, the same export the partner API gives. */
    public void downloadCaseFile() {
        CaseFile file;
        try {
            file = desk.caseFile(id, user.origin());
        } catch (RuleViolation e) {
            notices.refused(e);
            return;
        } catch (NotFound e) {
            notices.missing(e);
            return;
        } catch (EJBAccessException e) {
            notices.denied(e);
            return;
        }

        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext out = faces.getExternalContext();
        out.responseReset();
        out.setResponseContentType("application/json; charset=UTF-8");
        out.setResponseHeader("Content-Disposition",
                "attachment; filename=\"" + file.caseNumber() + ".json\"");
        try {
            out.getResponseOutputStream().write(JSON.toJson(file)
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    private void act(Supplier<ComplaintView> step) {
        notices.attempt(() -> {
            complaint = step.get();
            labels.info("case.saved");
            text = null;
            rule = null;
            evaluationId = null;
        }, Map.of("rule", "rule", "reason", "text", "text", "text",
                    "evaluationId", "evaluation", "mediator", "mediator"));
    }

    public ComplaintView getComplaint() {
        return complaint;
    }

    public List<EvidenceView> getFiles() {
        return files;
    }

    public boolean isMaliciousEvaluation() {
        return complaint != null && complaint.type() == ComplaintType.MALICIOUS_EVALUATION;
    }

    public Long getEvaluationId() {
        return evaluationId;
    }

    public void setEvaluationId(Long evaluationId) {
        this.evaluationId = evaluationId;
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
