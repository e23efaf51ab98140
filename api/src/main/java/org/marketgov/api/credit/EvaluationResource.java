package org.marketgov.api.credit;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.marketgov.credit.CreditLedger;
import org.marketgov.credit.CreditReview;
import org.marketgov.credit.CreditViews.EvaluationView;
import org.marketgov.credit.RevisionForm;
import org.marketgov.platform.InvalidInput;

/**
 * One evaluation: its author revises or deletes it once (CR-8), the rated member
 * explains it once (CR-9), STAFF removes a malicious one (CR-11).
 */
@Path("/evaluations/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    @EJB
    private CreditLedger ledger;

    @EJB
    private CreditReview review;

    @Context
    private HttpServletRequest http;

    /** Body of an explanation. */
    public record Explanation(String text) {
    }

    /** Body of a STAFF removal. */
    public record Removal(String reason) {
    }

    @PUT
    public EvaluationView revise(@PathParam("id") long id, RevisionForm form) {
        return ledger.revise(id, form);
    }

    @DELETE
    public Response delete(@PathParam("id") long id) {
        ledger.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/explanation")
    public EvaluationView explain(@PathParam("id") long id, Explanation body) {
        return ledger.explain(id, required(body).text());
    }

    @POST
    @Path("/removal")
    public EvaluationView remove(@PathParam("id") long id, Removal body) {
        return review.remove(id, required(body).reason(), http.getRemoteAddr());
    }

    static <T> T required(T body) {
        if (body == null) {
            throw InvalidInput.of("body", "a JSON body is required");
        }
        return body;
    }
}
