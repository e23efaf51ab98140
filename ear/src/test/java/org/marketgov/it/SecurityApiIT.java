package org.marketgov.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Authentication, audit trail, settings and the test clock, over HTTP. */
@ExtendWith(RequiresDeployment.class)
class SecurityApiIT {

    @Test
    @DisplayName("DS-2 five failed logins in a row lock the account even against the right password")
    void lockout() {
        NewMember.Registered m = NewMember.person();
        Api.Login wrong = new Api.Login(m.username(), "Wrong-Password-123");

        for (int i = 0; i < 5; i++) {
            assertEquals(401, Api.get("/members/me", wrong).status());
            outwaitThrottle();
        }

        assertEquals(401, Api.get("/members/me", m.login()).status());
    }

    @Test
    @DisplayName("DS-2 fewer than five failures do not lock; a success resets the count")
    void noLockBelowLimit() {
        NewMember.Registered m = NewMember.person();
        Api.Login wrong = new Api.Login(m.username(), "Wrong-Password-123");

        for (int i = 0; i < 4; i++) {
            Api.get("/members/me", wrong);
            outwaitThrottle();
        }
        assertEquals(200, Api.get("/members/me", m.login()).status());
        for (int i = 0; i < 4; i++) {
            Api.get("/members/me", wrong);
            outwaitThrottle();
        }

        assertEquals(200, Api.get("/members/me", m.login()).status());
    }

    @Test
    @DisplayName("DS-2 after three failures in a row even the right password waits 2^3 seconds")
    void throttleAfterThreeFailures() {
        NewMember.Registered m = NewMember.person();
        Api.Login wrong = new Api.Login(m.username(), "Wrong-Password-123");

        for (int i = 0; i < 3; i++) {
            assertEquals(401, Api.get("/members/me", wrong).status());
        }
        Api.Answer throttled = Api.get("/members/me", m.login());
        assertEquals(200, Api.post("/admin/clock", "{\"advance\":\"PT9S\"}", Api.STAFF)
                .status());
        Api.Answer after = Api.get("/members/me", m.login());

        assertEquals(401, throttled.status());
        assertEquals(200, after.status(), after::toString);
        String trail = Api.get("/audit?size=50", Api.AUDITOR).text();
        assertTrue(trail.contains("throttled account"), trail);
    }

    /** Moves the site clock past the refusal after a failure (at most 2^4 s here). */
    private static void outwaitThrottle() {
        assertEquals(200, Api.post("/admin/clock", "{\"advance\":\"PT1M\"}", Api.STAFF)
                .status());
    }

    @Test
    @DisplayName("DS-3 logins and STAFF changes are in the audit trail and the chain verifies")
    void auditTrail() {
        NewMember.Registered m = NewMember.person();
        Api.get("/members/me", m.login());
        Api.post("/members/" + m.id() + "/freeze", "{\"permanent\":false,\"reason\":\"audit test\"}",
                Api.STAFF);

        Api.Answer page = Api.get("/audit?size=50", Api.AUDITOR);
        Api.Answer verdict = Api.get("/audit/verification", Api.AUDITOR);

        assertEquals(200, page.status(), page::toString);
        String text = page.text();
        assertTrue(text.contains("\"MEMBER_FROZEN\""), text);
        assertTrue(text.contains("\"member " + m.id() + "\""));
        assertTrue(text.contains("\"LOGIN\""));
        assertTrue(verdict.json().getBoolean("intact"), verdict::toString);
        assertTrue(verdict.json().getJsonNumber("checked").longValue() > 0);
    }

    @Test
    @DisplayName("DS-3 only AUDITOR reads the audit trail")
    void auditOnlyForAuditor() {
        NewMember.Registered m = NewMember.person();

        assertEquals(403, Api.get("/audit", Api.STAFF).status());
        assertEquals(403, Api.get("/audit", m.login()).status());
        assertEquals(401, Api.get("/audit", Api.ANONYMOUS).status());
    }

    @Test
    @DisplayName("DS-1 personal fields are masked in the profile and never logged in the audit")
    void masking() {
        NewMember.Registered m = NewMember.person();

        JsonObject me = Api.get("/members/me", m.login()).json();

        assertFalse(me.toString().contains(m.phone()));
        assertFalse(Api.get("/audit?size=100", Api.AUDITOR).text().contains(m.phone()));
    }

    @Test
    @DisplayName("API settings: STAFF changes a value, bad values are refused, changes are audited")
    void settings() {
        Api.Answer bad = Api.put("/admin/settings/membership.fee-grace-days", "{\"value\":\"soon\"}",
                Api.STAFF);
        Api.Answer unknown = Api.put("/admin/settings/no.such", "{\"value\":\"1\"}", Api.STAFF);
        Api.Answer byMember = Api.put("/admin/settings/membership.fee-grace-days",
                "{\"value\":\"31\"}", NewMember.person().login());
        Api.Answer good = Api.put("/admin/settings/membership.fee-grace-days", "{\"value\":\"30\"}",
                Api.STAFF);

        assertEquals(400, bad.status());
        assertEquals(400, unknown.status());
        assertEquals(403, byMember.status());
        assertEquals(200, good.status(), good::toString);
        assertTrue(Api.get("/audit?size=20", Api.AUDITOR).text().contains("SETTING_CHANGED"));
    }

    @Test
    @DisplayName("API the adjustable clock moves forward for STAFF only")
    void clock() {
        Instant before = Instant.parse(Api.get("/admin/clock", Api.STAFF).json().getString("now"));

        Api.Answer moved = Api.post("/admin/clock", "{\"advance\":\"PT1M\"}", Api.STAFF);
        Api.Answer backwards = Api.post("/admin/clock", "{\"advance\":\"-PT1M\"}", Api.STAFF);
        Api.Answer garbage = Api.post("/admin/clock", "{\"advance\":\"tomorrow\"}", Api.STAFF);
        Api.Answer byMember = Api.post("/admin/clock", "{\"advance\":\"PT1M\"}",
                NewMember.person().login());

        assertEquals(200, moved.status(), moved::toString);
        Instant after = Instant.parse(moved.json().getString("now"));
        assertTrue(Duration.between(before, after).compareTo(Duration.ofMinutes(1)) >= 0);
        assertEquals(400, backwards.status());
        assertEquals(400, garbage.status());
        assertEquals(403, byMember.status());
    }

    @Test
    @DisplayName("API answers carry security headers and name no server software")
    void headers() {
        Api.Answer a = Api.get("/members/me", Api.ANONYMOUS);
        Api.Answer page = Api.get(Api.HOST + "/health/ready", Api.ANONYMOUS);

        assertEquals("nosniff", a.header("X-Content-Type-Options"));
        assertEquals("DENY", a.header("X-Frame-Options"));
        assertTrue(a.header("Content-Security-Policy").contains("default-src"));
        assertNull(a.header("X-Powered-By"));
        assertNull(a.header("Server"));
        assertEquals(200, page.status());
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
    }

    @Test
    @DisplayName("API answers the container gives itself (refused login, unknown path) carry"
            + " security headers too")
    void headersOnContainerErrors() {
        NewMember.Registered m = NewMember.person();
        Api.Answer refused = Api.get("/members/me",
                new Api.Login(m.username(), "Wrong-Password-123"));
        Api.Answer outside = Api.get(Api.HOST + "/api/nowhere", Api.ANONYMOUS);

        for (Api.Answer a : new Api.Answer[] {refused, outside}) {
            assertTrue(a.status() == 401 || a.status() == 404, a::toString);
            assertTrue(a.contentType().startsWith("application/problem+json"), a::contentType);
            assertEquals("nosniff", a.header("X-Content-Type-Options"), a.headers()::toString);
            assertEquals("DENY", a.header("X-Frame-Options"));
            assertTrue(a.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
            assertNull(a.header("Server"));
        }
        assertEquals(401, refused.status());
        assertNotNull(refused.header("WWW-Authenticate"));
    }
}
