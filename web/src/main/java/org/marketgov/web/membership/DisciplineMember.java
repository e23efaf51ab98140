package org.marketgov.web.membership;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.marketgov.membership.MemberViews.MemberSummary;
import org.marketgov.membership.MembershipDesk;
import org.marketgov.membership.TerminationGround;
import org.marketgov.web.platform.ConsoleUser;
import org.marketgov.web.platform.Notices;

/**
 * The panel on the members page where STAFF freezes (MEM-7) or terminates (MEM-6) a
 * membership. Both need a stated reason, which the member is told; a termination
 * also bars the member's identities from registering again.
 */
@Named
@ViewScoped
public class DisciplineMember implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the panel is about to do. */
    public enum Measure { FREEZE, TERMINATE }

    @EJB
    private MembershipDesk desk;

    @Inject
    private ConsoleUser user;

    @Inject
    private Notices notices;

    private MemberSummary member;
    private Measure measure;
    private boolean permanent;
    private TerminationGround ground = TerminationGround.VIOLATION;
    private String reason;

    public void startFreeze(MemberSummary target) {
        start(target, Measure.FREEZE);
    }

    public void startTermination(MemberSummary target) {
        start(target, Measure.TERMINATE);
    }

    private void start(MemberSummary target, Measure chosen) {
        member = target;
        measure = chosen;
        permanent = false;
        reason = null;
    }

    public void confirm() {
        notices.attempt(() -> {
            if (measure == Measure.FREEZE) {
                desk.freeze(member.id(), permanent, reason, user.origin());
                notices.info("members.frozen", member.username());
            } else {
                desk.terminate(member.id(), ground, reason, user.origin());
                notices.info("members.terminated", member.username());
            }
            member = null;
        }, Map.of("reason", "disciplineReason"));
    }

    public void cancel() {
        member = null;
    }

    public boolean isFreezing() {
        return measure == Measure.FREEZE;
    }

    public TerminationGround[] getGrounds() {
        return TerminationGround.values();
    }

    public MemberSummary getMember() {
        return member;
    }

    public boolean isPermanent() {
        return permanent;
    }

    public void setPermanent(boolean permanent) {
        this.permanent = permanent;
    }

    public TerminationGround getGround() {
        return ground;
    }

    public void setGround(TerminationGround ground) {
        this.ground = ground;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
