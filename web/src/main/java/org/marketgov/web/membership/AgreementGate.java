package org.marketgov.web.membership;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import org.marketgov.membership.MembershipDesk;

/**
 * MEM-8: remembers, for one signed-in member, whether a newer service agreement still
 * waits for an answer. The question is asked once per session; members answer at
 * login, so a version published while they are signed in waits for their next login.
 */
@SessionScoped
public class AgreementGate implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MembershipDesk desk;

    private Boolean pending;

    public boolean isPending() {
        if (pending == null) {
            pending = desk.myProfile().agreementPending();
        }
        return pending;
    }

    /** The member accepted the version in force. */
    public void settle() {
        pending = false;
    }
}
