package org.marketgov.web.membership;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.marketgov.membership.MemberViews.PendingVerification;
import org.marketgov.membership.MembershipDesk;
import org.marketgov.web.platform.ConsoleUser;
import org.marketgov.web.platform.Notices;
import org.marketgov.web.platform.PagedModel;

/**
 * MEM-2: the STAFF queue of identity documents waiting for a decision, oldest first.
 * Approving lets the member sell; rejecting needs a reason, which the member reads in
 * their inbox. Documents are masked (DS-1) until the reviewer unmasks one entry, a
 * read the boundary writes to the audit trail (DS-3); the clear text stays only in
 * this view.
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
    private final Map<Long, PendingVerification> unmasked = new HashMap<>();
    private PendingVerification rejecting;
    private String reason;

    private PagedModel.Slice<PendingVerification> page(int page, int size) {
        var found = desk.pendingVerifications(page, size);
        return new PagedModel.Slice<>(found.items(), found.total());
    }

    /** Shows one entry's documents in clear. */
    public void unmask(PendingVerification entry) {
        notices.attempt(() -> {
            unmasked.put(entry.id(), desk.unmaskVerification(entry.id(), user.origin()));
        });
    }

    /** The documents as the reviewer may see them now: in clear if unmasked, else masked. */
    public String documentsOf(PendingVerification entry) {
        PendingVerification d = unmasked.getOrDefault(entry.id(), entry);
        if (d.idNumber() != null) {
            return d.idNumber();
        }
        return Stream.of(d.licenseNumber(), d.specialLicense(), d.address(), d.contact())
                .filter(Objects::nonNull).collect(Collectors.joining(" / "));
    }

    public boolean isMasked(PendingVerification entry) {
        return !unmasked.containsKey(entry.id());
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
        notices.attempt(() -> {
            desk.decideVerification(entry.memberId(), approved, why, user.origin());
            notices.info(approved ? "verifications.approved" : "verifications.rejected",
                    entry.username());
            rejecting = null;
        }, Map.of("reason", "reason"));
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
