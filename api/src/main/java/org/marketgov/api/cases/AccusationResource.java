package org.marketgov.api.cases;

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
import java.util.List;
import org.marketgov.api.IdempotentCreation;
import org.marketgov.api.Paging;
import org.marketgov.cases.AccusationDesk;
import org.marketgov.cases.CaseForms.AccusationForm;
import org.marketgov.cases.CaseForms.DecisionForm;
import org.marketgov.cases.CaseForms.ReasonForm;
import org.marketgov.cases.CaseForms.TextForm;
import org.marketgov.cases.EvidenceDesk;
import org.marketgov.cases.InformantUnsealing;
import org.marketgov.cases.CaseViews.AccusationPage;
import org.marketgov.cases.CaseViews.AccusationReceipt;
import org.marketgov.cases.CaseViews.AccusationView;
import org.marketgov.cases.CaseViews.EvidenceView;

/**
 * Accusations (CMP-4, CMP-5). Anyone reports; the anonymous informant gets a tracking
 * code and is never named to the accused or STAFF. The accused appeals once; STAFF
 * decides. {@code POST /accusations/{id}/unseal-requests} starts the break-glass of
 * DS-4, decided and read under {@code /unseal-requests} ({@link UnsealRequestResource}).
 * Evidence files travel as raw bodies and attachments; the anonymous informant reaches
 * theirs through the tracking code.
 *
 * <p>Limitation: the tracking code is shown once; a logged-out informant who repeats a
 * filing with its {@code Idempotency-Key} gets the receipt without it, since anyone
 * holding the same key and text could send that repeat.
 */
@Path("/accusations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccusationResource {

    @EJB
    private AccusationDesk desk;

    @EJB
    private EvidenceDesk evidence;

    @EJB
    private InformantUnsealing unsealing;

    @Inject
    private IdempotentCreation creation;

    @Context
    private SecurityContext security;

    @Context
    private HttpServletRequest http;

    @POST
    public Response file(AccusationForm form, @HeaderParam("Idempotency-Key") String key) {
        return creation.create(key, form, security, () -> desk.file(form, origin()),
                AccusationReceipt::withoutTrackingCode);
    }

    /**
     * CMP-4, CMP-5: the calling member's newest accusations, about them and filed by them.
     */
    @GET
    @Path("/mine")
    public AccusationPage mine(@QueryParam("page") String page,
            @QueryParam("size") String size) {
        Paging p = Paging.of(page, size);
        return desk.mine(p.page(), p.size());
    }

    @GET
    @Path("/{id}")
    public AccusationView accusation(@PathParam("id") long id) {
        return desk.accusation(id);
    }

    @GET
    @Path("/tracking/{code}")
    public AccusationView tracked(@PathParam("code") String code) {
        return desk.tracked(code);
    }

    @POST
    @Path("/{id}/appeal")
    public AccusationView appeal(@PathParam("id") long id, TextForm form) {
        return desk.appeal(id, form == null ? null : form.text());
    }

    @POST
    @Path("/{id}/decision")
    public AccusationView decide(@PathParam("id") long id, DecisionForm form) {
        return desk.decide(id, form, origin());
    }

    /** DS-4: STAFF or an AUDITOR asks to unseal the informant, with a reason. */
    @POST
    @Path("/{id}/unseal-requests")
    public Response requestUnsealing(@PathParam("id") long id, ReasonForm form,
            @HeaderParam("Idempotency-Key") String key) {
        return creation.create(key, new Keyed(id, form), security,
                () -> unsealing.request(id, form == null ? null : form.reason(), origin()));
    }

    /** What an unseal request's Idempotency-Key is compared with: the path and the body. */
    private record Keyed(long accusationId, ReasonForm form) {
    }

    /** CMP-4, CMP-5: the informant, the accused or STAFF adds an evidence file. */
    @POST
    @Path("/{id}/evidence")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public Response addEvidence(@PathParam("id") long id, @QueryParam("name") String name,
            byte[] content) {
        return Response.status(201).entity(evidence.addToAccusation(id, name, content,
                origin())).build();
    }

    @GET
    @Path("/{id}/evidence")
    public List<EvidenceView> evidence(@PathParam("id") long id) {
        return evidence.ofAccusation(id);
    }

    @GET
    @Path("/{id}/evidence/{evidenceId}")
    @Produces(MediaType.WILDCARD)
    public Response evidenceFile(@PathParam("id") long id,
            @PathParam("evidenceId") long evidenceId) {
        return EvidenceDownload.of(evidence.accusationFile(id, evidenceId));
    }

    /** CMP-4: the anonymous informant adds an evidence file with the tracking code. */
    @POST
    @Path("/tracking/{code}/evidence")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public Response addTrackedEvidence(@PathParam("code") String code,
            @QueryParam("name") String name, byte[] content) {
        return Response.status(201).entity(evidence.addTracked(code, name, content)).build();
    }

    @GET
    @Path("/tracking/{code}/evidence")
    public List<EvidenceView> trackedEvidence(@PathParam("code") String code) {
        return evidence.ofTracked(code);
    }

    @GET
    @Path("/tracking/{code}/evidence/{evidenceId}")
    @Produces(MediaType.WILDCARD)
    public Response trackedEvidenceFile(@PathParam("code") String code,
            @PathParam("evidenceId") long evidenceId) {
        return EvidenceDownload.of(evidence.trackedFile(code, evidenceId));
    }

    private String origin() {
        return http.getRemoteAddr();
    }
}
