package org.marketgov.api.credit;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.marketgov.api.Paging;
import org.marketgov.credit.CreditReview;
import org.marketgov.credit.CreditViews.FlagPage;
import org.marketgov.credit.CreditViews.FlagView;

/**
 * CR-11, STAFF only: the flags of credit speculation ({@code ?open=true} for those not
 * yet cleared) and their clearance, which lets a held trade's evaluations score.
 */
@Path("/credit/flags")
@Produces(MediaType.APPLICATION_JSON)
public class CreditFlagResource {

    @EJB
    private CreditReview review;

    @Context
    private HttpServletRequest http;

    @GET
    public FlagPage flags(@QueryParam("open") String open, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Paging p = Paging.of(page, size);
        return review.flags("true".equalsIgnoreCase(open), p.page(), p.size());
    }

    @POST
    @Path("/{id}/clearance")
    public FlagView clear(@PathParam("id") long id) {
        return review.clear(id, http.getRemoteAddr());
    }
}
