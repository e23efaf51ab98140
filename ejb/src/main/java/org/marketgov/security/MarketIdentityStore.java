package org.marketgov.security;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The identity store behind both the API's HTTP Basic and the console's form login:
 * staff and member accounts, with the role each logs in as. Jakarta Security looks
 * for identity stores among the beans of each web module, so each war declares a
 * bean subclass of this one.
 */
public abstract class MarketIdentityStore implements IdentityStore {

    @Inject
    private AccountDirectory accounts;

    @Inject
    private Instance<HttpServletRequest> request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.authenticate(login.getCaller(), login.getPasswordAsString(), origin())
                .map(a -> new CredentialValidationResult(a.name(), a.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private String origin() {
        return request.isResolvable() ? request.get().getRemoteAddr() : null;
    }
}
