package org.marketgov.api.cases;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.marketgov.cases.CaseViews.UnsealRequestView;
import org.marketgov.cases.CaseViews.Unsealed;
import org.marketgov.cases.InformantUnsealing;
import org.marketgov.platform.InvalidInput;

/**
 * DS-4 break-glass for sealed informants (CMP-4). {@code GET /unseal-requests/pending}
 * is the AUDITOR's queue, {@code GET /unseal-requests/mine} the caller's own requests;
 * {@code POST /unseal-requests/{id}/decision} with {@code {approved}} is an AUDITOR's
 * decision on someone else's request; {@code GET /unseal-requests/{id}/informant} is the
 * requester's audited read while the grant runs.
 */
@Path("/unseal-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnsealRequestResource {

    /** An AUDITOR's decision on an unseal request. */
    public record DecisionForm(Boolean approved) {
    }

    @EJB
    private InformantUnsealing unsealing;

    @Context
    private HttpServletRequest http;

    @GET
    @Path("/pending")
    public List<UnsealRequestView> pending() {
        return unsealing.pending();
    }

    @GET
    @Path("/mine")
    public List<UnsealRequestView> mine() {
        return unsealing.mine();
    }

    @GET
    @Path("/{id}")
    public UnsealRequestView unsealRequest(@PathParam("id") long id) {
        return unsealing.unsealRequest(id);
    }

    @POST
    @Path("/{id}/decision")
    public UnsealRequestView decide(@PathParam("id") long id, DecisionForm form) {
        if (form == null || form.approved() == null) {
            throw InvalidInput.of("approved", "true to approve, false to refuse");
        }
        return unsealing.decide(id, form.approved(), http.getRemoteAddr());
    }

    @GET
    @Path("/{id}/informant")
    public Unsealed informant(@PathParam("id") long id) {
        return unsealing.read(id, http.getRemoteAddr());
    }
}
