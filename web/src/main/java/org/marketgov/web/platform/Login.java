package org.marketgov.web.platform;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import org.marketgov.web.membership.AgreementGate;

/**
 * The console's login form. It hands the credentials to Jakarta Security, which checks
 * them against the market's identity store (DS-2 counts failures and locks the
 * account). A member with a newer service agreement waiting is sent to answer it
 * first (MEM-8); staff and auditors land on the console dashboard.
 */
@Named
@ViewScoped
public class Login implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityContext security;

    @Inject
    private ConsoleUser user;

    @Inject
    private AgreementGate agreementGate;

    @Inject
    private Notices notices;

    private String username;
    private String password;

    public String login() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationParameters credentials = AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, new Password(password)));
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(), credentials);
        password = null;

        switch (status) {
            case SEND_CONTINUE:
                // Jakarta Security already answered, with the page the visitor first asked for.
                faces.responseComplete();
                return null;
            case SUCCESS:
                return landingPage();
            default:
                notices.error("login.failed");
                return null;
        }
    }

    private String landingPage() {
        if (user.isMember()) {
            return agreementGate.isPending()
                    ? "/member/agreement.xhtml?faces-redirect=true"
                    : "/member/profile.xhtml?faces-redirect=true";
        }
        return "/console/index.xhtml?faces-redirect=true";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
