package org.marketgov.web.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chooses the authentication mechanism by web module. Jakarta Security 3 resolves one
 * mechanism for the whole EAR, so a form-login definition in the console and the API's
 * HTTP Basic definition would replace each other, depending on the order in which the
 * modules are scanned. This bean wins that resolution as a prioritised alternative,
 * gives the console's own requests to {@link ConsoleFormMechanism} and every other
 * module's requests to the mechanism the application defines besides this one.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
public class MechanismRouting implements HttpAuthenticationMechanism {

    /** For modules when the application defines no other mechanism: nobody logs in. */
    private static final HttpAuthenticationMechanism NONE = (request, response, context) ->
            context.doNothing();

    @Inject
    private ConsoleFormMechanism console;

    @Inject
    private BeanManager beans;

    private volatile HttpAuthenticationMechanism others;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request,
            HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        return mechanismFor(request).validateRequest(request, response, context);
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request,
            HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        return mechanismFor(request).secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        mechanismFor(request).cleanSubject(request, response, context);
    }

    /** A request belongs to the console when its web module loaded this class. */
    private HttpAuthenticationMechanism mechanismFor(HttpServletRequest request) {
        ClassLoader module = request.getServletContext().getClassLoader();
        return module == MechanismRouting.class.getClassLoader() ? console : others();
    }

    private HttpAuthenticationMechanism others() {
        if (others == null) {
            Set<Bean<?>> candidates = beans.getBeans(HttpAuthenticationMechanism.class).stream()
                    .filter(b -> b.getBeanClass() != MechanismRouting.class)
                    .collect(Collectors.toSet());
            Bean<?> other = beans.resolve(candidates);
            others = other == null ? NONE : (HttpAuthenticationMechanism) beans.getReference(
                    other, HttpAuthenticationMechanism.class, beans.createCreationalContext(other));
        }
        return others;
    }
}
