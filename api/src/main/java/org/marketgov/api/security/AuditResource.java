package org.marketgov.api.security;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.marketgov.api.Paging;
import org.marketgov.security.AuditTrail;

/** DS-3: the audit trail, newest first, and a verification of its hash chain. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @EJB
    private AuditTrail trail;

    @GET
    public AuditTrail.Page read(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging p = Paging.of(page, size);
        return trail.read(p.page(), p.size());
    }

    @GET
    @Path("/verification")
    public AuditTrail.Verdict verify() {
        return trail.verify();
    }
}
