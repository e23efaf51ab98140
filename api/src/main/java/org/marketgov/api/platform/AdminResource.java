package org.marketgov.api.platform;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.marketgov.platform.InvalidInput;
import org.marketgov.platform.NotFound;
import org.marketgov.platform.SiteSettings;
import org.marketgov.security.SiteAdministration;

/** STAFF administration: site settings, and the test clock when the server allows it. */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminResource {

    @EJB
    private SiteAdministration admin;

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
