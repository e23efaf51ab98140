package org.marketgov.web.membership;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.marketgov.membership.MembershipDesk;
import org.marketgov.persistence.membership.MemberKind;
import org.marketgov.platform.InvalidInput;
import org.marketgov.platform.RuleViolation;
import org.marketgov.web.platform.ConsoleUser;
import org.marketgov.web.platform.Notices;

/**
 * The public registration page (MEM-1). The boundary decides everything: a weak
 * password, a taken username or an identity barred after a termination (MEM-6) comes
 * back as field errors or as a refusal citing its rule, shown beside the inputs.
 */
@Named
@ViewScoped
public class Registration implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where each field the boundary names is typed in on the page. */
    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("username", "username"), Map.entry("password", "password"),
            Map.entry("email", "email"), Map.entry("phone", "phone"),
            Map.entry("displayName", "displayName"), Map.entry("kind", "kind"),
            Map.entry("agreementAccepted", "agreementAccepted"), Map.entry("adult", "adult"),
            Map.entry("company", "companyName"), Map.entry("company.name", "companyName"),
            Map.entry("company.licenseNumber", "licenseNumber"),
            Map.entry("company.address", "companyAddress"));

    @EJB
    private MembershipDesk desk;

    @Inject
    private ConsoleUser user;

    @Inject
    private Notices notices;

    private final RegistrationDraft draft = new RegistrationDraft();

    public String register() {
        try {
            desk.register(draft.toForm(), user.origin());
            return "/login.xhtml?faces-redirect=true&registered=true";
        } catch (InvalidInput e) {
            notices.invalid(e, INPUTS);
        } catch (RuleViolation e) {
            notices.refused(e);
            e.details().stream().filter(INPUTS::containsKey)
                    .forEach(field -> notices.errorAt(INPUTS.get(field), "register.taken"));
        } finally {
            draft.forgetPassword();
        }
        return null;
    }

    public MemberKind[] getKinds() {
        return MemberKind.values();
    }

    public RegistrationDraft getDraft() {
        return draft;
    }
}
