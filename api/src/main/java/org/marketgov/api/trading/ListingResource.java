package org.marketgov.api.trading;

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
import org.marketgov.platform.InvalidInput;
import org.marketgov.trading.ListingForm;
import org.marketgov.trading.TradeViews.ListingView;
import org.marketgov.trading.TradingDesk;

/** Listings: a verified member publishes one; anyone reads a published one. */
@Path("/listings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ListingResource {

    @EJB
    private TradingDesk desk;

    @Inject
    private IdempotentCreation creation;

    @Context
    private SecurityContext security;

    @POST
    public Response publish(ListingForm form, @HeaderParam("Idempotency-Key") String key) {
        ListingForm f = required(form);
        return creation.create(key, f, security, () -> desk.publishListing(f));
    }

    @GET
    @Path("/{id}")
    public ListingView listing(@PathParam("id") long id) {
        return desk.listing(id);
    }

    static <T> T required(T body) {
        if (body == null) {
            throw InvalidInput.of("body", "a JSON body is required");
        }
        return body;
    }
}
