package org.marketgov.web.membership;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.marketgov.membership.MemberViews;
import org.marketgov.membership.MembershipDesk;
import org.marketgov.web.platform.ConsoleUser;
import org.marketgov.web.platform.Notices;

/**
 * MEM-8: the member answers the service agreement in force. Accepting continues to
 * the member page; declining starts the exit of MEM-5, which open trades can block,
 * in which case the decline is kept, the member stays and sees what blocks it.
 *
 * <p>Limitation: the console keeps a member who declined on this page until the exit
 * completes, so the open trades are finished over the API (which lets them through,
 * MEM-8) or by the counterparty; the console has no trade pages for a leaving member.
 */
@Named
@ViewScoped
public class AnswerAgreement implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MembershipDesk desk;

    @Inject
    private AgreementGate gate;

    @Inject
    private ConsoleUser user;

    @Inject
    private Notices notices;

    private MemberViews.Agreement agreement;
    private boolean pending;
    private List<String> blocking = List.of();

    @PostConstruct
    void load() {
        agreement = desk.currentAgreement();
        pending = desk.myProfile().agreementPending();
    }

    public String accept() {
        desk.decideAgreement(true, user.origin());
        gate.settle();
        return "/member/profile.xhtml?faces-redirect=true";
    }

    /**
     * The decline is kept even when open trades hold up the exit; the member then
     * stays signed in to finish them and sees which they are.
     */
    public String decline() {
        blocking = desk.decideAgreement(false, user.origin());
        if (blocking.isEmpty()) {
            user.signOut();
            return "/index.xhtml?faces-redirect=true&left=true";
        }
        notices.info("agreement.declinedLeaving");
        return null;
    }

    public MemberViews.Agreement getAgreement() {
        return agreement;
    }

    public boolean isPending() {
        return pending;
    }

    public List<String> getBlocking() {
        return blocking;
    }
}
