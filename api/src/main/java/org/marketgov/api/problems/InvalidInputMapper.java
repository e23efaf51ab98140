package org.marketgov.api.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.marketgov.platform.InvalidInput;

/** Invalid fields: 400 listing each field and what is wrong with it. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInput> {

    @Override
    public Response toResponse(InvalidInput e) {
        return Problem.of(Response.Status.BAD_REQUEST, e.getMessage())
                .rule(e.rule()).errors(e.errors()).response();
    }
}
