package org.marketgov.api.problems;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON, or has a wrong type or unknown enumeration value: 400. */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException e) {
        return malformed();
    }

    static Response malformed() {
        return Problem.of(Response.Status.BAD_REQUEST,
                "the body is not valid JSON of the expected shape (check types and enumeration values)")
                .response();
    }

    /** Parsing errors that escape JSON-B unwrapped. */
    @Provider
    public static class Parsing implements ExceptionMapper<JsonParsingException> {

        @Override
        public Response toResponse(JsonParsingException e) {
            return malformed();
        }
    }
}
