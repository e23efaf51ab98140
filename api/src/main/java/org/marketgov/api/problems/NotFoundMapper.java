package org.marketgov.api.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.marketgov.platform.NotFound;

/** Nothing the caller may see: 404. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFound> {

    @Override
    public Response toResponse(NotFound e) {
        return Problem.of(Response.Status.NOT_FOUND, e.getMessage()).response();
    }
}
