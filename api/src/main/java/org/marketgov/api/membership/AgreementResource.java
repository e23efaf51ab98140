package org.marketgov.api.membership;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.marketgov.membership.MemberViews;
import org.marketgov.membership.MembershipDesk;
import org.marketgov.platform.InvalidInput;

/** MEM-8: the service agreement in force, and publication of a new version by STAFF. */
@Path("/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgreementResource {

    @EJB
    private MembershipDesk desk;

    @Context
    private HttpServletRequest http;

    /** Body of a new agreement version. */
    public record NewVersion(String text) {
    }

    @GET
    @Path("/current")
    public MemberViews.Agreement current() {
        return desk.currentAgreement();
    }

    @POST
    public Response publish(NewVersion version) {
        if (version == null) {
            throw InvalidInput.of("text", "the agreement text is required");
        }
        return Response.status(201).entity(desk.publishAgreement(version.text(), http.getRemoteAddr()))
                .build();
    }
}
