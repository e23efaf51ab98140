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
import org.marketgov.cases.CaseForms.AdmissionForm;
import org.marketgov.cases.CaseForms.AnswerForm;
import org.marketgov.cases.CaseForms.ComplaintForm;
import org.marketgov.cases.CaseForms.MediatorForm;
import org.marketgov.cases.CaseForms.ReasonForm;
import org.marketgov.cases.CaseForms.RemovalForm;
import org.marketgov.cases.CaseForms.TextForm;
import org.marketgov.cases.CaseViews.CaseFile;
import org.marketgov.cases.CaseViews.ComplaintView;
import org.marketgov.cases.CaseViews.EvidenceView;
import org.marketgov.cases.ComplaintDesk;
import org.marketgov.cases.EvidenceDesk;
import org.marketgov.persistence.cases.CaseChannel;
import org.marketgov.platform.InvalidInput;

/**
 * Complaints and their mediation (CMP-1..3). A member files about a trade they are
 * party to; STAFF records PHONE and EMAIL complaints, admits, assigns the mediator,
 * proposes and closes; the parties add statements and answer the proposal. A complaint
 * the caller is no party to answers 404. Evidence files are sent as the raw body
 * ({@code application/octet-stream}, the name in {@code ?name=}) and come back only as
 * attachments.
 */
@Path("/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplaintResource {

    @EJB
    private ComplaintDesk desk;

    @EJB
    private EvidenceDesk evidence;

    @Inject
    private IdempotentCreation creation;

    @Context
    private SecurityContext security;

    @Context
    private HttpServletRequest http;

    @POST
    public Response file(ComplaintForm form, @HeaderParam("Idempotency-Key") String key) {
        return creation.create(key, form, security,
                () -> desk.file(form, CaseChannel.API, origin()));
    }

    @GET
    @Path("/{id}")
    public ComplaintView complaint(@PathParam("id") long id) {
        return desk.complaint(id);
    }

    @POST
    @Path("/{id}/admission")
    public ComplaintView admit(@PathParam("id") long id, AdmissionForm form) {
        return desk.admit(id, form, origin());
    }

    @POST
    @Path("/{id}/mediator")
    public ComplaintView assign(@PathParam("id") long id, MediatorForm form) {
        return desk.assign(id, form == null ? null : form.mediator(), origin());
    }

    @POST
    @Path("/{id}/statements")
    public Response state(@PathParam("id") long id, TextForm form) {
        return Response.status(201).entity(desk.state(id, text(form))).build();
    }

    @POST
    @Path("/{id}/proposal")
    public ComplaintView propose(@PathParam("id") long id, TextForm form) {
        return desk.propose(id, text(form), origin());
    }

    @POST
    @Path("/{id}/answer")
    public ComplaintView answer(@PathParam("id") long id, AnswerForm form) {
        if (form == null || form.accept() == null) {
            throw InvalidInput.of("accept", "true or false is required");
        }
        return desk.answer(id, form.accept());
    }

    @POST
    @Path("/{id}/failure")
    public ComplaintView fail(@PathParam("id") long id, ReasonForm form) {
        return desk.fail(id, form == null ? null : form.reason(), origin());
    }

    @POST
    @Path("/{id}/withdrawal")
    public ComplaintView withdraw(@PathParam("id") long id, ReasonForm form) {
        return desk.withdraw(id, form == null ? null : form.reason());
    }

    @POST
    @Path("/{id}/evaluation-removal")
    public ComplaintView removeEvaluation(@PathParam("id") long id, RemovalForm form) {
        return desk.removeEvaluation(id, form, origin());
    }

    @GET
    @Path("/{id}/case-file")
    public Response caseFile(@PathParam("id") long id) {
        CaseFile file = desk.caseFile(id, origin());
        return Response.ok(file).header("Content-Disposition",
                "attachment; filename=\"" + file.caseNumber() + ".json\"").build();
    }

    /** CMP-1: a party or STAFF adds an evidence file, sent as the raw request body. */
    @POST
    @Path("/{id}/evidence")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public Response addEvidence(@PathParam("id") long id, @QueryParam("name") String name,
            byte[] content) {
        return Response.status(201).entity(evidence.addToComplaint(id, name, content,
                origin())).build();
    }

    @GET
    @Path("/{id}/evidence")
    public List<EvidenceView> evidence(@PathParam("id") long id) {
        return evidence.ofComplaint(id);
    }

    @GET
    @Path("/{id}/evidence/{evidenceId}")
    @Produces(MediaType.WILDCARD)
    public Response evidenceFile(@PathParam("id") long id,
            @PathParam("evidenceId") long evidenceId) {
        return EvidenceDownload.of(evidence.complaintFile(id, evidenceId));
    }

    private static String text(TextForm form) {
        return form == null ? null : form.text();
    }

    private String origin() {
        return http.getRemoteAddr();
    }
}
