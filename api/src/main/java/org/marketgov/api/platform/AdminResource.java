package org.marketgov.api.platform;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.marketgov.api.IdempotentCreation;
import org.marketgov.api.Paging;
import org.marketgov.platform.InvalidInput;
import org.marketgov.platform.NotFound;
import org.marketgov.platform.SiteSettings;
import org.marketgov.security.SiteAdministration;
import org.marketgov.security.StaffAccountForm;
import org.marketgov.security.StaffAccounts;
import org.marketgov.security.StaffAccounts.AccountPage;
import org.marketgov.security.StaffAccounts.StaffAccountView;

/**
 * Site administration: settings (STAFF), the staff and auditor accounts (each role manages
 * its own), and the test clock when the server allows it.
 */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminResource {

    @EJB
    private SiteAdministration admin;

    @EJB
    private StaffAccounts accounts;

    @Inject
    private IdempotentCreation creation;

    @Context
    private SecurityContext security;

    @Context
    private HttpServletRequest http;

    /** Body of a clock advance, an ISO-8601 duration such as {@code P16D}. */
    public record Advance(String advance) {
    }

    /** Body of a setting change. */
    public record NewValue(String value) {
    }

    @GET
    @Path("/clock")
    public Map<String, Instant> clock() {
        return Map.of("now", admin.testClock().orElseThrow(() -> new NotFound("clock")));
    }

    @POST
    @Path("/clock")
    public Map<String, Instant> advance(Advance body) {
        if (admin.testClock().isEmpty()) {
            throw new NotFound("clock");
        }
        if (body == null || body.advance() == null) {
            throw InvalidInput.of("advance", "an ISO-8601 duration such as P16D");
        }
        Duration by;
        try {
            by = Duration.parse(body.advance());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("advance", "an ISO-8601 duration such as P16D or PT2H");
        }
        return Map.of("now", admin.advanceTestClock(by, http.getRemoteAddr()).orElseThrow());
    }

    /** DS-3, DS-4: a page of the site's staff and auditor accounts. */
    @GET
    @Path("/accounts")
    public AccountPage accounts(@QueryParam("page") String page,
            @QueryParam("size") String size) {
        Paging p = Paging.of(page, size);
        return accounts.accounts(p.page(), p.size());
    }

    /**
     * DS-3, DS-4: adds an account of the caller's own role. A repeated request is known by
     * its username and role; the password never enters the stored fingerprint.
     */
    @POST
    @Path("/accounts")
    public Response addAccount(StaffAccountForm form,
            @HeaderParam("Idempotency-Key") String key) {
        if (form == null) {
            throw InvalidInput.of("username", "the account's username, role and password");
        }
        StaffAccountForm withoutPassword = new StaffAccountForm(form.username(), form.role(),
                null);
        return creation.create(key, withoutPassword, security,
                () -> accounts.add(form, http.getRemoteAddr()));
    }

    /** DS-3, DS-4: disables another account of the caller's own role. */
    @POST
    @Path("/accounts/{username}/disable")
    public StaffAccountView disableAccount(@PathParam("username") String username) {
        return accounts.disable(username, http.getRemoteAddr());
    }

    @GET
    @Path("/settings")
    public List<SiteSettings.Entry> settings() {
        return admin.settings();
    }

    @PUT
    @Path("/settings/{key}")
    public List<SiteSettings.Entry> change(@PathParam("key") String key, NewValue body) {
        if (body == null || body.value() == null) {
            throw InvalidInput.of("value", "the new value is required");
        }
        admin.changeSetting(key, body.value(), http.getRemoteAddr());
        return admin.settings();
    }
}
