package org.marketgov.web.membership;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.marketgov.membership.MemberViews.MemberSummary;
import org.marketgov.membership.MembershipDesk;
import org.marketgov.persistence.membership.MemberStatus;
import org.marketgov.web.platform.ConsoleUser;
import org.marketgov.web.platform.Notices;
import org.marketgov.web.platform.PagedModel;

/**
 * Finds members by a fragment of their username or display name and by status; the
 * list carries no personal fields. STAFF lifts freezes (MEM-7) and records fee
 * payments (MEM-4) from here; freezing and termination go through the discipline
 * panel, because they need a reason.
 */
@Named
@ViewScoped
public class MemberSearch implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MembershipDesk desk;

    @Inject
    private ConsoleUser user;

    @Inject
    private Notices notices;

    private String text;
    private MemberStatus status;
    private final PagedModel<MemberSummary> members = new PagedModel<>(this::page,
            MemberSummary::id);

    private PagedModel.Slice<MemberSummary> page(int page, int size) {
        var found = desk.search(text, status, page, size);
        return new PagedModel.Slice<>(found.items(), found.total());
    }

    public void unfreeze(MemberSummary member) {
        notices.attempt(() -> {
            desk.unfreeze(member.id(), user.origin());
            notices.info("members.unfrozen", member.username());
        });
    }

    public void recordFeePayment(MemberSummary member) {
        notices.attempt(() -> {
            LocalDate paidUntil = desk.recordFeePayment(member.id(), user.origin());
            notices.info("members.feeRecorded", member.username(), paidUntil.toString());
        });
    }

    public MemberStatus[] getStatuses() {
        return MemberStatus.values();
    }

    public PagedModel<MemberSummary> getMembers() {
        return members;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public void setStatus(MemberStatus status) {
        this.status = status;
    }
}
