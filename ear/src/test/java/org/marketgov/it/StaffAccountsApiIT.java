package org.marketgov.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** DS-3, DS-4 over HTTP: the site's own accounts, each role managing its own. */
@ExtendWith(RequiresDeployment.class)
class StaffAccountsApiIT {

    private static final String PASSWORD = NewStaff.PASSWORD;

    private static String account(String username, String role) {
        return NewStaff.json(username, role);
    }

    private static JsonObject created(Api.Answer a) {
        assertEquals(201, a.status(), a::toString);
        return a.json();
    }

    private static void refused(Api.Answer a, int status, String rule) {
        assertEquals(status, a.status(), a::toString);
        assertEquals(rule, a.json().getString("rule"), a::toString);
    }

    @Test
    @DisplayName("DS-3 DS-4 STAFF adds a STAFF account and an AUDITOR an AUDITOR account, each"
            + " audited without the password; neither adds the other's role")
    void eachRoleAddsItsOwn() {
        String mediator = NewMember.uniqueName("med");
        String approver = NewMember.uniqueName("aud");
        int accountsBefore = Api.get("/admin/accounts", Api.STAFF).json().getInt("total");

        JsonObject added = created(Api.post("/admin/accounts", account(mediator, "STAFF"),
                Api.STAFF));
        JsonObject second = created(Api.post("/admin/accounts", account(approver, "AUDITOR"),
                Api.AUDITOR));

        assertEquals("STAFF", added.getString("role"));
        assertEquals("staff", added.getString("createdBy"));
        assertFalse(added.getBoolean("disabled"));
        assertFalse(added.toString().contains(PASSWORD));
        assertEquals("AUDITOR", second.getString("role"));
        assertEquals(200, Api.get("/admin/settings", new Api.Login(mediator, PASSWORD))
                .status(), "the new STAFF account works at once");
        assertEquals(200, Api.get("/audit?size=1", new Api.Login(approver, PASSWORD))
                .status(), "the new AUDITOR account reads the audit trail");
        refused(Api.post("/admin/accounts", account(NewMember.uniqueName("x"), "AUDITOR"),
                Api.STAFF), 409, "DS-4");
        refused(Api.post("/admin/accounts", account(NewMember.uniqueName("x"), "STAFF"),
                Api.AUDITOR), 409, "DS-4");

        Api.Answer trail = Api.get("/audit?size=100", Api.AUDITOR);
        assertTrue(trail.text().contains("account " + mediator), trail::text);
        assertTrue(trail.text().contains("ACCOUNT_ADDED"), trail::text);
        assertFalse(trail.text().contains(PASSWORD), "DS-2 no password in the trail");
        Api.Answer list = Api.get("/admin/accounts?size=100", Api.AUDITOR);
        assertEquals(200, list.status(), list::toString);
        assertEquals(accountsBefore + 2, list.json().getInt("total"), list::text);
        assertFalse(list.text().contains(PASSWORD));
        assertEquals(1, Api.get("/admin/accounts?size=1", Api.STAFF).json()
                .getJsonArray("items").size());
        assertEquals(400, Api.get("/admin/accounts?size=0", Api.AUDITOR).status());
    }

    @Test
    @DisplayName("DS-3 DS-2 a staff username is unique among members and staff in any case,"
            + " the password policy applies, and members and strangers cannot add accounts")
    void refusedAccounts() {
        NewMember.Registered member = NewMember.person();
        String name = NewMember.uniqueName("dup");
        created(Api.post("/admin/accounts", account(name, "STAFF"), Api.STAFF));

        refused(Api.post("/admin/accounts", account(name.toUpperCase(), "STAFF"), Api.STAFF),
                409, "DS-3");
        refused(Api.post("/admin/accounts", account(member.username(), "STAFF"), Api.STAFF),
                409, "DS-3");
        Api.Answer weak = Api.post("/admin/accounts", "{\"username\":\"" + NewMember
                .uniqueName("w") + "\",\"role\":\"STAFF\",\"password\":\"password1\"}",
                Api.STAFF);
        assertEquals(400, weak.status(), weak::toString);
        assertEquals("password", weak.json().getJsonArray("errors").getJsonObject(0)
                .getString("field"));
        assertEquals(400, Api.post("/admin/accounts", account("ok_name_9", "ROOT"), Api.STAFF)
                .status());
        assertEquals(400, Api.post("/admin/accounts", "", Api.STAFF).status());
        assertEquals(403, Api.post("/admin/accounts", account(NewMember.uniqueName("m"),
                "STAFF"), member.login()).status());
        assertEquals(401, Api.post("/admin/accounts", account(NewMember.uniqueName("a"),
                "STAFF"), Api.ANONYMOUS).status());
        assertEquals(403, Api.get("/admin/accounts", member.login()).status());
        assertEquals(409, Api.post("/members", "{\"username\":\"" + name + "\",\"password\":"
                + "\"Quiet-Harbor-2049\",\"email\":\"" + name + "@example.com\",\"phone\":\""
                + NewMember.uniquePhone() + "\",\"kind\":\"PERSON\",\"displayName\":\"x\","
                + "\"agreementAccepted\":true}", Api.ANONYMOUS).status(),
                "MEM-1 a member cannot take a staff username either");
    }

    @Test
    @DisplayName("DS-3 a disabled account logs in no more, from its next request; nobody"
            + " disables their own account or one of the other role")
    void disabling() {
        // Only an account this test added is disabled: the suite's database outlives a run.
        String leaver = NewMember.uniqueName("lv");
        created(Api.post("/admin/accounts", account(leaver, "STAFF"), Api.STAFF));
        Api.Login login = new Api.Login(leaver, PASSWORD);
        assertEquals(200, Api.get("/admin/settings", login).status());
        String path = "/admin/accounts/" + leaver + "/disable";

        refused(Api.post(path, null, login), 409, "DS-3");
        refused(Api.post(path, null, Api.AUDITOR), 409, "DS-4");
        Api.Answer disabled = Api.post(path, null, Api.STAFF);
        assertEquals(200, disabled.status(), disabled::toString);
        assertTrue(disabled.json().getBoolean("disabled"));
        assertEquals("staff", disabled.json().getString("disabledBy"));

        assertEquals(401, Api.get("/admin/settings", login).status());
        refused(Api.post(path, null, Api.STAFF), 409, "DS-3");
        assertEquals(404, Api.post("/admin/accounts/nobody-here-7/disable", null, Api.STAFF)
                .status());
        assertTrue(Api.get("/audit?size=50", Api.AUDITOR).text().contains("ACCOUNT_DISABLED"));
    }
}
