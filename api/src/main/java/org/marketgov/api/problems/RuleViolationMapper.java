package org.marketgov.api.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.marketgov.platform.RuleViolation;

/** A business refusal: 409 with the rule, and what blocked it when there is a list. */
@Provider
public class RuleViolationMapper implements ExceptionMapper<RuleViolation> {

    @Override
    public Response toResponse(RuleViolation e) {
        Problem p = Problem.of(Response.Status.CONFLICT, e.getMessage()).rule(e.rule());
        if (!e.details().isEmpty()) {
            p.list("MEM-5".equals(e.rule()) ? "blockingTrades" : "details", e.details());
        }
        return p.response();
    }
}
