package org.marketgov.api.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.marketgov.cases.EvidenceRefused;

/**
 * CMP-1, CMP-4: an evidence file the site does not keep: 413 when it is larger than
 * the setting, 415 when it is no PNG, JPEG or PDF; both cite the rule.
 */
@Provider
public class EvidenceRefusedMapper implements ExceptionMapper<EvidenceRefused> {

    @Override
    public Response toResponse(EvidenceRefused e) {
        Response.Status status = e.why() == EvidenceRefused.Why.TOO_LARGE
                ? Response.Status.REQUEST_ENTITY_TOO_LARGE
                : Response.Status.UNSUPPORTED_MEDIA_TYPE;
        return Problem.of(status, e.getMessage()).rule(e.rule()).response();
    }
}
