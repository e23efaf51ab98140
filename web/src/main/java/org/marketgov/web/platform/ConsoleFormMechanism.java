package org.marketgov.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Form login for the console, behaving as a custom-form mechanism: a visitor who opens
 * a protected page is redirected to the login page and brought back after signing in,
 * the login bean hands the credentials over, and the session keeps the login. The
 * login page doubles as the error page, flagged with {@code failed=true}.
 *
 * <p>Its bean type is only this class, so that it never competes with the API's HTTP
 * Basic mechanism; {@link MechanismRouting} hands it the console's requests.
 */
@ApplicationScoped
@Typed(ConsoleFormMechanism.class)
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "/login.xhtml?failed=true",
        useForwardToLogin = false)
public class ConsoleFormMechanism implements HttpAuthenticationMechanism {

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request,
            HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(identityStores.validate(credential));
    }
}
