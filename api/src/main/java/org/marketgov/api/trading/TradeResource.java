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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.marketgov.api.IdempotentCreation;
import org.marketgov.api.Paging;
import org.marketgov.security.Roles;
import org.marketgov.trading.MessageForm;
import org.marketgov.trading.ShipmentForm;
import org.marketgov.trading.TradeForm;
import org.marketgov.trading.PrintableRecord;
import org.marketgov.trading.TradeContracts;
import org.marketgov.trading.TradeMessages;
import org.marketgov.trading.TradeSearch;
import org.marketgov.trading.TradeViews.ContractView;
import org.marketgov.trading.TradeViews.MessageView;
import org.marketgov.trading.TradeViews.MessagesView;
import org.marketgov.trading.TradeViews.TradePage;
import org.marketgov.trading.TradeViews.TradeRecordView;
import org.marketgov.trading.TradeViews.TradeView;
import org.marketgov.trading.TradingDesk;

/**
 * Trades: the buyer opens one on a listing, and the parties move it along its
 * lifecycle (RISK-3), sign its contract (RISK-5) and exchange data messages on it
 * (RISK-6). Each state change answers the trade as it now stands. Another member's
 * trade answers 404.
 */
@Path("/trades")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TradeResource {

    @EJB
    private TradingDesk desk;

    @EJB
    private TradeSearch search;

    @EJB
    private TradeContracts contracts;

    @EJB
    private TradeMessages messages;

    @Inject
    private IdempotentCreation creation;

    @Context
    private SecurityContext security;

    @POST
    public Response open(TradeForm form, @HeaderParam("Idempotency-Key") String key) {
        TradeForm f = required(form);
        return creation.create(key, f, security, () -> desk.openTrade(f));
    }

    /**
     * A member's own trades ({@code role=buyer|seller}, both when absent); for STAFF a
     * search over all trades, optionally of one member.
     */
    @GET
    public TradePage list(@QueryParam("role") String role, @QueryParam("status") String status,
            @QueryParam("memberId") Long memberId, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        if (security.isUserInRole(Roles.STAFF)) {
            return search.search(memberId, TradeSearch.status(status), paging.page(),
                    paging.size());
        }
        return search.myTrades(TradeSearch.side(role), TradeSearch.status(status),
                paging.page(), paging.size());
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

    /**
     * RISK-4: the record as a print-ready HTML document, for clients that ask for HTML.
     * The low server quality keeps JSON the answer to {@code Accept: *}{@code /*}.
     */
    @GET
    @Path("/{id}/record")
    @Produces("text/html;qs=0.1")
    public String recordPage(@PathParam("id") long id) {
        return PrintableRecord.html(desk.record(id));
    }

    /** RISK-4: the record as an HTML file to download. */
    @GET
    @Path("/{id}/record.html")
    @Produces(MediaType.TEXT_HTML)
    public Response recordFile(@PathParam("id") long id) {
        return Response.ok(PrintableRecord.html(desk.record(id)))
                .header("Content-Disposition", "attachment; filename=\"trade-" + id
                        + "-record.html\"").build();
    }

    @GET
    @Path("/{id}/contract")
    public ContractView contract(@PathParam("id") long id) {
        return contracts.contract(id);
    }

    @POST
    @Path("/{id}/contract/signatures")
    public Response sign(@PathParam("id") long id, @HeaderParam("Idempotency-Key") String key) {
        return creation.create(key, "sign " + id, security, () -> contracts.sign(id));
    }

    @GET
    @Path("/{id}/messages")
    public MessagesView messages(@PathParam("id") long id) {
        return messages.messages(id);
    }

    @POST
    @Path("/{id}/messages")
    public Response send(@PathParam("id") long id, MessageForm form,
            @HeaderParam("Idempotency-Key") String key) {
        MessageForm f = required(form);
        return creation.create(key, f, security, () -> messages.send(id, f));
    }

    @POST
    @Path("/{id}/messages/{messageId}/read")
    public MessageView read(@PathParam("id") long id, @PathParam("messageId") long messageId) {
        return messages.markRead(id, messageId);
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
