package org.marketgov.api.aftersales;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.marketgov.api.IdempotentCreation;
import org.marketgov.aftersales.AfterSalesDesk;
import org.marketgov.aftersales.AfterSalesForms.CaseForm;

/**
 * AS-9: the buyer of a completed trade opens an after-sales case and is answered with
 * the decision: {@code {id, remedies, free, rule, openUntil, reasons}}. Another
 * member's trade answers 404.
 */
@Path("/trades/{tradeId}/after-sales")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TradeAfterSalesResource {

    @EJB
    private AfterSalesDesk desk;

    @Inject
    private IdempotentCreation creation;

    @Context
    private SecurityContext security;

    @Context
    private HttpServletRequest http;

    /** What an idempotency key is tied to: the trade as well as the body. */
    public record Request(long tradeId, CaseForm form) {
    }

    @POST
    public Response open(@PathParam("tradeId") long tradeId, CaseForm form,
            @HeaderParam("Idempotency-Key") String key) {
        return creation.create(key, new Request(tradeId, form), security,
                () -> desk.open(tradeId, form, http.getRemoteAddr()));
    }
}
