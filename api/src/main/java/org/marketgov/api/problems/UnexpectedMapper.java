package org.marketgov.api.problems;

import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marketgov.platform.InvalidInput;
import org.marketgov.platform.LostRace;
import org.marketgov.platform.NotFound;
import org.marketgov.platform.RuleViolation;

/**
 * The last line: exceptions that arrive wrapped (by the EJB container or the JSON
 * reader) are unwrapped to their meaning; a value the database cannot hold is a
 * 400; a lost race ({@link LostRace}: the same row or key changed meanwhile, a lock
 * timeout, a serialization failure or a deadlock) is a 409; anything else is logged
 * and answered with a bare 500 that reveals nothing.
 */
@Provider
public class UnexpectedMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedMapper.class.getName());

    @Context
    private SecurityContext security;

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RuleViolation v) {
                return new RuleViolationMapper().toResponse(v);
            }
            if (t instanceof InvalidInput v) {
                return new InvalidInputMapper().toResponse(v);
            }
            if (t instanceof NotFound v) {
                return new NotFoundMapper().toResponse(v);
            }
            if (t instanceof EJBAccessException) {
                return AccessMapper.refusal(security);
            }
            if (t instanceof JsonbException || t instanceof jakarta.json.JsonException) {
                return MalformedJsonMapper.malformed();
            }
            if (t instanceof BodyTooLarge) {
                return Problem.of(413, "Content Too Large", t.getMessage()).response();
            }
            if (isDataException(t)) {
                return Problem.of(Response.Status.BAD_REQUEST,
                        "a value is too long or out of range for its field").response();
            }
            if (LostRace.is(t)) {
                return Problem.of(Response.Status.CONFLICT,
                        "another request changed the same data at the same time; retry").response();
            }
        }
        if (e instanceof ProcessingException) {
            return MalformedJsonMapper.malformed();
        }
        return internal(e);
    }

    /**
     * SQL class 22 (data exception: a value too long for its column, out of range).
     * Fields are checked at the edge; this answers the cases a check missed as the
     * client's error, and the transaction has rolled back, so nothing changed.
     */
    private static boolean isDataException(Throwable t) {
        return t instanceof SQLException s && s.getSQLState() != null
                && s.getSQLState().startsWith("22");
    }

    static Response internal(Throwable e) {
        LOG.log(Level.SEVERE, "request failed unexpectedly", e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                "the request could not be completed").response();
    }
}
