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
import org.marketgov.platform.Inbox;
import org.marketgov.web.platform.Notices;

/**
 * The member's own page: the masked profile, the rights and obligations of the
 * membership as of today (MEM-3, MEM-4) and the inbox where the site explains its
 * decisions about the member.
 */
@Named
@ViewScoped
public class OwnProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MembershipDesk desk;

    @Inject
    private Notices notices;

    private MemberViews.Profile profile;
    private List<Inbox.Message> messages;

    @PostConstruct
    void load() {
        profile = desk.myProfile();
        messages = desk.myMessages();
    }

    public MemberViews.Profile getProfile() {
        return profile;
    }

    public MemberViews.Rights getRights() {
        return profile.rights();
    }

    /** The tier in the visitor's language; a tier the bundle lacks shows as named. */
    public String getTier() {
        return notices.textOr("tier." + profile.rights().tier(), profile.rights().tier());
    }

    public List<Inbox.Message> getMessages() {
        return messages;
    }

    /** A member may submit documents unless they are verified or under review (MEM-2). */
    public boolean isMayApplyForVerification() {
        return switch (profile.verification()) {
            case UNVERIFIED, REJECTED -> true;
            case PENDING, VERIFIED -> false;
        };
    }
}
