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
import org.marketgov.platform.SettingKey;
import org.marketgov.platform.SiteSettings;
import org.marketgov.web.platform.Notices;

/**
 * PUB-1: the public page of the membership system. The numbers in its rules are the
 * live site settings, read from the same place the boundary reads them when it
 * enforces the rules, and the agreement shown is the version in force.
 */
@Named
@ViewScoped
public class PublishedMembershipRules implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SiteSettings settings;

    @EJB
    private MembershipDesk desk;

    @Inject
    private Notices notices;

    private List<SiteSettings.Entry> membershipSettings;
    private MemberViews.Agreement agreement;

    @PostConstruct
    void load() {
        membershipSettings = settings.all().stream()
                .filter(e -> e.key().startsWith("membership."))
                .toList();
        agreement = desk.currentAgreement();
    }

    /** The setting's meaning in the visitor's language, or the boundary's English. */
    public String meaningOf(SiteSettings.Entry entry) {
        return notices.textOr("setting." + entry.key(), entry.description());
    }

    /** The live value of one membership setting, as the rules sentences quote it. */
    public String valueOf(String key) {
        return membershipSettings.stream().filter(e -> e.key().equals(key))
                .map(SiteSettings.Entry::value).findFirst()
                .orElseGet(() -> SettingKey.byKey(key).defaultValue());
    }

    public List<SiteSettings.Entry> getSettings() {
        return membershipSettings;
    }

    public MemberViews.Agreement getAgreement() {
        return agreement;
    }
}
