package org.marketgov.web.membership;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.marketgov.membership.MemberViews;
import org.marketgov.membership.MembershipDesk;
import org.marketgov.web.platform.ConsoleUser;
import org.marketgov.web.platform.Notices;

/**
 * MEM-8: STAFF publishes a new version of the service agreement. Every member must
 * accept it at their next login or decline it and leave; the page shows the version
 * in force so the new text can start from it.
 */
@Named
@ViewScoped
public class PublishAgreement implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MembershipDesk desk;

    @Inject
    private ConsoleUser user;

    @Inject
    private Notices notices;

    private MemberViews.Agreement current;
    private String text;

    @PostConstruct
    void load() {
        current = desk.currentAgreement();
        text = current.text();
    }

    public void publish() {
        notices.attempt(() -> {
            current = desk.publishAgreement(text, user.origin());
            notices.info("agreements.published", current.version());
        }, Map.of("text", "agreementText"));
    }

    public MemberViews.Agreement getCurrent() {
        return current;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
