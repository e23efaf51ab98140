package org.marketgov.web.membership;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.marketgov.membership.MemberViews.PendingVerification;
import org.marketgov.membership.MembershipDesk;
import org.marketgov.platform.InvalidInput;
import org.marketgov.platform.NotFound;
import org.marketgov.platform.RuleViolation;
import org.marketgov.web.platform.ConsoleUser;
import org.marketgov.web.platform.Notices;
import org.marketgov.web.platform.PagedModel;

/**
 * MEM-2: the STAFF queue of identity documents waiting for a decision, oldest first.
 * Approving lets the member sell; rejecting needs a reason, which the member reads in
 * their inbox. The boundary records each reading of the documents (DS-3).
 */
@Named
@ViewScoped
public class VerificationQueue implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MembershipDesk desk;

    @Inject
    private ConsoleUser user;

    @Inject
    private Notices notices;

    private final PagedModel<PendingVerification> queue = new PagedModel<>(this::page,
            PendingVerification::id);
    private PendingVerification rejecting;
    private String reason;

    private PagedModel.Slice<PendingVerification> page(int page, int size) {
        var found = desk.pendingVerifications(page, size);
        return new PagedModel.Slice<>(found.items(), found.total());
    }

    public void approve(PendingVerification entry) {
        decide(entry, true, null);
    }

    public void startRejecting(PendingVerification entry) {
        rejecting = entry;
        reason = null;
    }

    public void reject() {
        decide(rejecting, false, reason);
    }

    public void cancel() {
        rejecting = null;
    }

    private void decide(PendingVerification entry, boolean approved, String why) {
        try {
            desk.decideVerification(entry.memberId(), approved, why, user.origin());
            notices.info(approved ? "verifications.approved" : "verifications.rejected",
                    entry.username());
            rejecting = null;
        } catch (InvalidInput e) {
            notices.invalid(e, Map.of("reason", "reason"));
        } catch (RuleViolation e) {
            notices.refused(e);
        } catch (NotFound e) {
            notices.missing(e);
        } catch (EJBAccessException e) {
            notices.denied(e);
        }
    }

    public PagedModel<PendingVerification> getQueue() {
        return queue;
    }

    public PendingVerification getRejecting() {
        return rejecting;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
