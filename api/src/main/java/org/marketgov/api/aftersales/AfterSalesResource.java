package org.marketgov.api.aftersales;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import java.util.Arrays;
import org.marketgov.aftersales.AfterSalesDesk;
import org.marketgov.aftersales.AfterSalesForms.InspectionForm;
import org.marketgov.aftersales.AfterSalesForms.RemedyChoice;
import org.marketgov.aftersales.AfterSalesForms.RepairForm;
import org.marketgov.aftersales.AfterSalesForms.ReplacementForm;
import org.marketgov.aftersales.AfterSalesViews.CasePage;
import org.marketgov.aftersales.AfterSalesViews.CaseView;
import org.marketgov.aftersales.AfterSalesWorkshop;
import org.marketgov.api.IdempotentCreation;
import org.marketgov.api.Paging;
import org.marketgov.persistence.aftersales.CaseStatus;
import org.marketgov.platform.InvalidInput;
import org.marketgov.security.Roles;

/**
 * After-sales cases (AS-1..9). {@code GET /after-sales} lists the caller's own cases,
 * or for STAFF the queue ({@code ?status=OPEN|REMEDY_CHOSEN|GOODS_RECEIVED|RESOLVED});
 * {@code GET /after-sales/{id}} is the case with its current remedies. The buyer
 * chooses a remedy at {@code /remedy}; STAFF posts {@code /receipt}, {@code /inspection},
 * {@code /repairs} (201), {@code /replacements} (201) and {@code /refund}.
 */
@Path("/after-sales")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AfterSalesResource {

    @EJB
    private AfterSalesDesk desk;

    @EJB
    private AfterSalesWorkshop workshop;

    @Inject
    private IdempotentCreation creation;

    @Context
    private SecurityContext security;

    @Context
    private HttpServletRequest http;

    /** What an idempotency key is tied to: the case as well as the body. */
    public record CaseRequest(long caseId, Object body) {
    }

    @GET
    public CasePage list(@QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Paging p = Paging.of(page, size);
        if (security.isUserInRole(Roles.STAFF)) {
            return desk.queue(status(status), p.page(), p.size());
        }
        return desk.myCases(p.page(), p.size());
    }

    @GET
    @Path("/{id}")
    public CaseView one(@PathParam("id") long id) {
        return desk.caseOf(id);
    }

    @POST
    @Path("/{id}/remedy")
    public CaseView choose(@PathParam("id") long id, RemedyChoice choice) {
        return desk.choose(id, choice, http.getRemoteAddr());
    }

    @POST
    @Path("/{id}/receipt")
    public CaseView receipt(@PathParam("id") long id) {
        return workshop.receiveGoods(id, http.getRemoteAddr());
    }

    @POST
    @Path("/{id}/inspection")
    public CaseView inspection(@PathParam("id") long id, InspectionForm form) {
        return workshop.inspect(id, form, http.getRemoteAddr());
    }

    @POST
    @Path("/{id}/repairs")
    public Response repair(@PathParam("id") long id, RepairForm form,
            @HeaderParam("Idempotency-Key") String key) {
        return creation.create(key, new CaseRequest(id, form), security,
                () -> workshop.recordRepair(id, form, http.getRemoteAddr()));
    }

    @POST
    @Path("/{id}/replacements")
    public Response replacement(@PathParam("id") long id, ReplacementForm form,
            @HeaderParam("Idempotency-Key") String key) {
        return creation.create(key, new CaseRequest(id, form), security,
                () -> workshop.replace(id, form, http.getRemoteAddr()));
    }

    @POST
    @Path("/{id}/refund")
    public CaseView refund(@PathParam("id") long id) {
        return workshop.refund(id, http.getRemoteAddr());
    }

    private static CaseStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(CaseStatus.values()).filter(s -> s.name().equals(value.strip()))
                .findFirst().orElseThrow(() -> InvalidInput.of("status", "one of "
                        + Arrays.toString(CaseStatus.values())));
    }
}
