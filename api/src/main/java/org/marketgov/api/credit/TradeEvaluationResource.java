package org.marketgov.api.credit;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.marketgov.api.IdempotentCreation;
import org.marketgov.credit.CreditLedger;
import org.marketgov.credit.CreditViews.EvaluationView;
import org.marketgov.credit.EvaluationForm;

/**
 * The evaluations of one trade (CR-1, CR-3, CR-4): a party submits theirs, and the
 * parties and STAFF read the visible ones. Another member's trade answers 404.
 */
@Path("/trades/{tradeId}/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TradeEvaluationResource {

    @EJB
    private CreditLedger ledger;

    @Inject
    private IdempotentCreation creation;

    @Context
    private SecurityContext security;

    /** What an idempotency key is tied to: the trade as well as the body. */
    public record Submission(long tradeId, EvaluationForm evaluation) {
    }

    @POST
    public Response submit(@PathParam("tradeId") long tradeId, EvaluationForm form,
            @HeaderParam("Idempotency-Key") String key) {
        return creation.create(key, new Submission(tradeId, form), security,
                () -> ledger.submit(tradeId, form));
    }

    @GET
    public List<EvaluationView> visible(@PathParam("tradeId") long tradeId) {
        return ledger.evaluationsOf(tradeId);
    }
}
