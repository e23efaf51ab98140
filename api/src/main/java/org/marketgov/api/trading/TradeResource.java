package org.marketgov.api.trading;

import static org.marketgov.api.trading.ListingResource.required;

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
import org.marketgov.api.IdempotentCreation;
import org.marketgov.trading.ShipmentForm;
import org.marketgov.trading.TradeForm;
import org.marketgov.trading.TradeViews.TradeRecordView;
import org.marketgov.trading.TradeViews.TradeView;
import org.marketgov.trading.TradingDesk;

/**
 * Trades: the buyer opens one on a listing, and the parties move it along its
 * lifecycle (RISK-3). Each state change answers the trade as it now stands. Another
 * member's trade answers 404.
 */
@Path("/trades")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TradeResource {

    @EJB
    private TradingDesk desk;

    @Inject
    private IdempotentCreation creation;

    @Context
    private SecurityContext security;

    @POST
    public Response open(TradeForm form, @HeaderParam("Idempotency-Key") String key) {
        TradeForm f = required(form);
        return creation.create(key, f, security, () -> desk.openTrade(f));
    }

    @GET
    @Path("/{id}")
    public TradeView trade(@PathParam("id") long id) {
        return desk.trade(id);
    }

    @GET
    @Path("/{id}/record")
    public TradeRecordView record(@PathParam("id") long id) {
        return desk.record(id);
    }

    @POST
    @Path("/{id}/payment")
    public TradeView pay(@PathParam("id") long id) {
        return desk.pay(id);
    }

    @POST
    @Path("/{id}/shipment")
    public TradeView ship(@PathParam("id") long id, ShipmentForm form) {
        return desk.ship(id, required(form));
    }

    @POST
    @Path("/{id}/receipt")
    public TradeView confirmReceipt(@PathParam("id") long id) {
        return desk.confirmReceipt(id);
    }

    @POST
    @Path("/{id}/cancellation")
    public TradeView cancel(@PathParam("id") long id) {
        return desk.cancel(id);
    }
}
