package org.marketgov.web.cases;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.marketgov.cases.CaseViews.ComplaintView;
import org.marketgov.cases.CaseViews.EvidenceView;
import org.marketgov.cases.ComplaintDesk;
import org.marketgov.cases.EvidenceDesk;
import org.marketgov.persistence.cases.ComplaintStatus;
import org.marketgov.web.platform.Notices;

/**
 * CMP-1, CMP-3: a party's page for one complaint: its timeline and evidence, a
 * statement to add while the case is open, the answer to a settlement proposal, and
 * the complainant's withdrawal. The desk decides who may do what and cites the rule.
 *
 * <p>Limitation: evidence files are added and downloaded through the partner API; this
 * page lists them only.
 */
@Named
@ViewScoped
public class FollowComplaint implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ComplaintDesk desk;

    @EJB
    private EvidenceDesk evidence;

    @Inject
    private Notices notices;

    @Inject
    private CaseLabels labels;

    private Long id;
    private ComplaintView complaint;
    private List<EvidenceView> files = List.of();
    private String text;

    public void load() {
        act(() -> id == null ? null : desk.complaint(id), false);
    }

    public void state() {
        act(() -> desk.state(id, text), true);
    }

    public void accept() {
        act(() -> desk.answer(id, true), true);
    }

    public void refuse() {
        act(() -> desk.answer(id, false), true);
    }

    public void withdraw() {
        act(() -> desk.withdraw(id, text), true);
    }

    private void act(Supplier<ComplaintView> step, boolean change) {
        notices.attempt(() -> {
            complaint = step.get();
            files = complaint == null ? List.of() : evidence.ofComplaint(id);
            if (change) {
                labels.info("case.saved");
                text = null;
            }
        }, Map.of("text", "text", "reason", "text"));
    }

    /** Whether a proposal waits for this party's answer (CMP-3). */
    public boolean isProposalOpen() {
        return complaint != null && complaint.status() == ComplaintStatus.PROPOSED;
    }

    public boolean isOpen() {
        return complaint != null && !complaint.status().isFinal();
    }

    public ComplaintView getComplaint() {
        return complaint;
    }

    public List<EvidenceView> getFiles() {
        return files;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
