package org.marketgov.api.problems;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors the JAX-RS runtime raises itself (unknown path, wrong method or media type,
 * unreadable parameters) as problem JSON.
 */
@Provider
public class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (e instanceof NotFoundException) {
            return Problem.of(Response.Status.NOT_FOUND, "no such resource").response();
        }
        if (status >= 500) {
            return UnexpectedMapper.internal(e);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Error" : type.getReasonPhrase();
        String detail = e.getCause() == null && e.getMessage() != null
                && !e.getMessage().startsWith("HTTP ") ? e.getMessage() : title;
        Response answer = Problem.of(status, title, detail).response();
        if (status == 405 && e.getResponse().getAllowedMethods() != null) {
            return Response.fromResponse(answer).allow(e.getResponse().getAllowedMethods()).build();
        }
        return answer;
    }
}
