package org.marketgov.api.problems;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A role check in the EJB layer failed: 401 without credentials, 403 with the wrong role. */
@Provider
public class AccessMapper implements ExceptionMapper<EJBAccessException> {

    @Context
    private SecurityContext security;

    @Override
    public Response toResponse(EJBAccessException e) {
        return refusal(security);
    }

    static Response refusal(SecurityContext security) {
        if (security == null || security.getUserPrincipal() == null) {
            Response r = Problem.of(Response.Status.UNAUTHORIZED, "authentication is required")
                    .response();
            return Response.fromResponse(r)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"market\"").build();
        }
        return Problem.of(Response.Status.FORBIDDEN, "your role may not do this").response();
    }
}
