package org.marketgov.api.membership;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Map;
import org.marketgov.api.IdempotentCreation;
import org.marketgov.api.Paging;
import org.marketgov.api.problems.Problem;
import org.marketgov.membership.MemberViews;
import org.marketgov.membership.MembershipDesk;
import org.marketgov.membership.RegistrationForm;
import org.marketgov.membership.TerminationGround;
import org.marketgov.membership.VerificationForm;
import org.marketgov.persistence.membership.MemberStatus;
import org.marketgov.platform.Inbox;
import org.marketgov.platform.InvalidInput;

/** Membership endpoints: registration, own profile and data, verification, exit, STAFF actions. */
@Path("/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberResource {

    @EJB
    private MembershipDesk desk;

    @Inject
    private IdempotentCreation creation;

    @Context
    private HttpServletRequest http;

    @Context
    private SecurityContext security;

    /** Body of a STAFF decision on a verification. */
    public record Decision(Boolean approved, String reason) {
    }

    /** Body of a freeze. */
    public record Freeze(Boolean permanent, String reason) {
    }

    /** Body of a termination. */
    public record Termination(String reason, TerminationGround ground) {
    }

    /** Body of an agreement decision. */
    public record AgreementAnswer(Boolean accept) {
    }

    @POST
    public Response register(RegistrationForm form,
            @HeaderParam("Idempotency-Key") String key) {
        RegistrationForm f = required(form);
        return creation.create(key, f, security, () -> desk.register(f, origin()));
    }

    @GET
    @Path("/me")
    public MemberViews.Profile me() {
        return desk.myProfile();
    }

    @GET
    @Path("/me/data")
    public MemberViews.MemberData myData() {
        return desk.myData();
    }

    @GET
    @Path("/me/messages")
    public List<Inbox.Message> myMessages() {
        return desk.myMessages();
    }

    @POST
    @Path("/me/verification")
    public Response submitVerification(VerificationForm form) {
        desk.submitVerification(required(form));
        return Response.accepted(Map.of("verification", "PENDING")).build();
    }

    @POST
    @Path("/me/agreement")
    public Response decideAgreement(AgreementAnswer answer) {
        if (answer == null || answer.accept() == null) {
            throw InvalidInput.of("accept", "true to accept, false to decline and leave");
        }
        List<String> blocking = desk.decideAgreement(answer.accept(), origin());
        if (!blocking.isEmpty()) {
            // MEM-8, MEM-5: the decline is kept; like an exit, the answer lists what blocks it.
            return Problem.of(Response.Status.CONFLICT, "the decline is recorded; the exit"
                            + " completes once these trades are finished or cancelled")
                    .rule("MEM-5").list("blockingTrades", blocking).response();
        }
        return Response.ok(desk.currentAgreement()).build();
    }

    @DELETE
    @Path("/me")
    public Response leave(@QueryParam("reason") String reason) {
        desk.leave(reason);
        return Response.noContent().build();
    }

    @GET
    public MemberViews.Page<MemberViews.MemberSummary> search(@QueryParam("q") String text,
            @QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Paging p = Paging.of(page, size);
        return desk.search(text, status(status), p.page(), p.size());
    }

    @GET
    @Path("/verifications")
    public MemberViews.Page<MemberViews.PendingVerification> pendingVerifications(
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging p = Paging.of(page, size);
        return desk.pendingVerifications(p.page(), p.size());
    }

    /** DS-1, DS-3: one queue entry with its documents in clear; the read is audited. */
    @GET
    @Path("/verifications/{id}/documents")
    public MemberViews.PendingVerification unmaskedVerification(@PathParam("id") long id) {
        return desk.unmaskVerification(id, origin());
    }

    @POST
    @Path("/{id}/verification/decision")
    public Response decide(@PathParam("id") long id, Decision decision) {
        if (decision == null || decision.approved() == null) {
            throw InvalidInput.of("approved", "true or false is required");
        }
        desk.decideVerification(id, decision.approved(), decision.reason(), origin());
        return Response.ok(Map.of("memberId", id, "approved", decision.approved())).build();
    }

    @POST
    @Path("/{id}/freeze")
    public Response freeze(@PathParam("id") long id, Freeze freeze) {
        Freeze f = required(freeze);
        desk.freeze(id, Boolean.TRUE.equals(f.permanent()), f.reason(), origin());
        return Response.ok(Map.of("id", id, "status", MemberStatus.FROZEN)).build();
    }

    @POST
    @Path("/{id}/unfreeze")
    public Response unfreeze(@PathParam("id") long id) {
        desk.unfreeze(id, origin());
        return Response.ok(Map.of("id", id, "status", MemberStatus.ACTIVE)).build();
    }

    @POST
    @Path("/{id}/termination")
    public Response terminate(@PathParam("id") long id, Termination termination) {
        Termination t = required(termination);
        desk.terminate(id, t.ground(), t.reason(), origin());
        return Response.ok(Map.of("id", id, "status", MemberStatus.TERMINATED)).build();
    }

    @POST
    @Path("/{id}/fee-payments")
    public Response recordFee(@PathParam("id") long id) {
        return Response.ok(Map.of("id", id, "feePaidUntil", desk.recordFeePayment(id, origin())))
                .build();
    }

    private String origin() {
        return http.getRemoteAddr();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw InvalidInput.of("body", "a JSON body is required");
        }
        return body;
    }

    private static MemberStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return MemberStatus.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("status", "one of ACTIVE, FROZEN, LEFT, TERMINATED");
        }
    }
}
