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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.marketgov.api.IdempotentCreation;
import org.marketgov.cases.CaseForms.ConsultationForm;
import org.marketgov.cases.CaseForms.TextForm;
import org.marketgov.cases.CaseViews.ConsultationView;
import org.marketgov.cases.ConsultingDesk;
import org.marketgov.persistence.cases.CaseChannel;

/**
 * Consulting (CMP-7): anyone asks; STAFF answers and completes, completion refused
 * (409, rule CMP-7) until an answer was sent.
 */
@Path("/consultations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsultationResource {

    @EJB
    private ConsultingDesk desk;

    @Inject
    private IdempotentCreation creation;

    @Context
    private SecurityContext security;

    @Context
    private HttpServletRequest http;

    @POST
    public Response ask(ConsultationForm form, @HeaderParam("Idempotency-Key") String key) {
        return creation.create(key, form, security, () -> desk.ask(form, CaseChannel.API));
    }

    @GET
    @Path("/{id}")
    public ConsultationView consultation(@PathParam("id") long id) {
        return desk.consultation(id);
    }

    @POST
    @Path("/{id}/answer")
    public ConsultationView answer(@PathParam("id") long id, TextForm form) {
        return desk.answer(id, form == null ? null : form.text(), http.getRemoteAddr());
    }

    @POST
    @Path("/{id}/completion")
    public ConsultationView complete(@PathParam("id") long id) {
        return desk.complete(id, http.getRemoteAddr());
    }
}
