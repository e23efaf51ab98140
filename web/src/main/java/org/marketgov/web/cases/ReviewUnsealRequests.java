package org.marketgov.web.cases;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.marketgov.cases.CaseViews.UnsealRequestView;
import org.marketgov.cases.CaseViews.Unsealed;
import org.marketgov.cases.InformantUnsealing;
import org.marketgov.platform.NotFound;
import org.marketgov.platform.RuleViolation;
import org.marketgov.web.platform.ConsoleUser;
import org.marketgov.web.platform.Notices;

/**
 * DS-4, CMP-4: the break-glass page. An AUDITOR sees the pending unseal requests and
 * approves or refuses one filed by someone else; a requester sees their own requests
 * and, while a grant runs, reads the informant. The informant is shown only in the
 * answer to that audited read and is not kept after the view.
 */
@Named
@ViewScoped
public class ReviewUnsealRequests implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InformantUnsealing unsealing;

    @Inject
    private ConsoleUser user;

    @Inject
    private Notices notices;

    @Inject
    private CaseLabels labels;

    private Long request;
    private UnsealRequestView chosen;
    private Unsealed unsealed;
    private List<UnsealRequestView> pending;
    private List<UnsealRequestView> mine;

    public void load() {
        notices.attempt(() -> {
            chosen = request == null ? null : unsealing.unsealRequest(request);
        });
    }

    public void approve() {
        decide(true);
    }

    public void refuse() {
        decide(false);
    }

    private void decide(boolean approved) {
        notices.attempt(() -> {
            chosen = unsealing.decide(request, approved, user.origin());
            pending = null;
            labels.info("case.saved");
        });
    }

    /** The audited read under the grant (DS-4). */
    public void read() {
        try {
            unsealed = unsealing.read(request, user.origin());
        } catch (RuleViolation e) {
            notices.refused(e);
            load();
        } catch (NotFound e) {
            notices.missing(e);
        } catch (EJBAccessException e) {
            notices.denied(e);
        }
    }

    public List<UnsealRequestView> getPending() {
        if (pending == null) {
            pending = user.isAuditor() ? unsealing.pending() : List.of();
        }
        return pending;
    }

    public List<UnsealRequestView> getMine() {
        if (mine == null) {
            mine = unsealing.mine();
        }
        return mine;
    }

    /** Whether the signed-in user made the chosen request. */
    public boolean isRequester() {
        return chosen != null && chosen.requestedBy().equals(user.getName());
    }

    public UnsealRequestView getChosen() {
        return chosen;
    }

    public Unsealed getUnsealed() {
        return unsealed;
    }

    public Long getRequest() {
        return request;
    }

    public void setRequest(Long request) {
        this.request = request;
    }
}
