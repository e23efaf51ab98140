package org.marketgov.web.membership;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.marketgov.membership.MembershipDesk;
import org.marketgov.platform.RuleViolation;
import org.marketgov.web.platform.ConsoleUser;
import org.marketgov.web.platform.Notices;

/**
 * MEM-5: the member's free and immediate exit. Open trades must be finished or
 * cancelled first; a refusal lists them so the member knows what to settle. After
 * leaving, the session ends because the membership no longer allows login.
 */
@Named
@ViewScoped
public class LeaveMarket implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MembershipDesk desk;

    @Inject
    private ConsoleUser user;

    @Inject
    private Notices notices;

    private String reason;
    private List<String> blocking = List.of();

    public String leave() {
        try {
            desk.leave(reason);
            user.signOut();
            return "/index.xhtml?faces-redirect=true&left=true";
        } catch (RuleViolation e) {
            notices.refused(e);
            blocking = e.details();
            return null;
        }
    }

    public List<String> getBlocking() {
        return blocking;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
