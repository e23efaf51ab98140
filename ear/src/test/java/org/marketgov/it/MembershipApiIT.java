package org.marketgov.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The membership part of the partner API (API.md "Members"), over HTTP. */
@ExtendWith(RequiresDeployment.class)
class MembershipApiIT {

    @Test
    @DisplayName("MEM-1 a person registers and is ACTIVE; the profile masks personal fields")
    void registerPerson() {
        String username = NewMember.uniqueName("reg");
        String phone = NewMember.uniquePhone();
        Api.Answer a = Api.post("/members", NewMember.personJson(username, username + "@example.com",
                phone), Api.ANONYMOUS);

        assertEquals(201, a.status(), a::toString);
        assertEquals("ACTIVE", a.json().getString("status"));
        assertEquals("PERSON", a.json().getString("kind"));
        assertEquals(username, a.json().getString("username"));
        JsonObject me = Api.get("/members/me", new Api.Login(username, NewMember.PASSWORD)).json();
        assertFalse(me.getString("phone").contains(phone.substring(3, 7)), me::toString);
        assertTrue(me.getString("email").contains("***"));
        assertEquals("UNVERIFIED", me.getString("verification"));
        int current = Api.get("/agreements/current", Api.ANONYMOUS).json().getInt("version");
        assertEquals(current, me.getInt("agreementVersion"));
    }

    @Test
    @DisplayName("MEM-1 a business registers with company name, license number and address")
    void registerBusiness() {
        String username = NewMember.uniqueName("biz");
        String body = "{\"username\":\"" + username + "\",\"password\":\"Quiet-Harbor-2048\","
                + "\"email\":\"" + username + "@example.com\",\"phone\":\"" + NewMember.uniquePhone()
                + "\",\"kind\":\"BUSINESS\",\"displayName\":\"Shop\",\"agreementAccepted\":true,"
                + "\"company\":{\"name\":\"Harbor Trading Co.\",\"licenseNumber\":\"91310000"
                + String.format("%010d", Math.abs(username.hashCode()))
                + "\",\"address\":\"1 Bund Road, Shanghai\"}}";

        Api.Answer a = Api.post("/members", body, Api.ANONYMOUS);

        assertEquals(201, a.status(), a::toString);
        JsonObject me = Api.get("/members/me", new Api.Login(username, NewMember.PASSWORD)).json();
        assertEquals("Harbor Trading Co.", me.getJsonObject("company").getString("name"));
        assertTrue(me.getJsonObject("company").getString("licenseNumber").contains("*"));
    }

    @Test
    @DisplayName("MEM-1 DS-1 the longest address the rules allow, in Chinese, fits encrypted")
    void longestAddressFits() {
        String username = NewMember.uniqueName("biz");
        String address = "上海市黄浦区中山东一路".repeat(30);
        String body = "{\"username\":\"" + username + "\",\"password\":\"Quiet-Harbor-2048\","
                + "\"email\":\"" + username + "@example.com\",\"phone\":\"" + NewMember.uniquePhone()
                + "\",\"kind\":\"BUSINESS\",\"displayName\":\"Shop\",\"agreementAccepted\":true,"
                + "\"company\":{\"name\":\"Harbor Trading Co.\",\"licenseNumber\":\"91310000"
                + String.format("%010d", Math.abs(username.hashCode()))
                + "\",\"address\":\"" + address.substring(0, 300) + "\"}}";

        Api.Answer a = Api.post("/members", body, Api.ANONYMOUS);

        assertEquals(201, a.status(), a::toString);
    }

    @Test
    @DisplayName("MEM-1 a business without company data is refused with the field named")
    void businessNeedsCompany() {
        String username = NewMember.uniqueName("biz");
        String body = NewMember.personJson(username, username + "@example.com",
                NewMember.uniquePhone()).replace("PERSON", "BUSINESS");

        Api.Answer a = Api.post("/members", body, Api.ANONYMOUS);

        assertEquals(400, a.status());
        assertEquals("company", a.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    @DisplayName("MEM-1 duplicate username or email is refused with 409 and the rule")
    void duplicates() {
        NewMember.Registered m = NewMember.person();

        Api.Answer sameName = Api.post("/members", NewMember.personJson(m.username(),
                "other" + m.email(), NewMember.uniquePhone()), Api.ANONYMOUS);
        Api.Answer sameEmail = Api.post("/members", NewMember.personJson(
                NewMember.uniqueName("dup"), m.email().toUpperCase(), NewMember.uniquePhone()),
                Api.ANONYMOUS);

        assertEquals(409, sameName.status());
        assertEquals("MEM-1", sameName.json().getString("rule"));
        assertEquals(409, sameEmail.status());
        assertEquals("MEM-1", sameEmail.json().getString("rule"));
    }

    @Test
    @DisplayName("MEM-1 four registrations of one username at once create exactly one member")
    void concurrentDuplicates() throws InterruptedException {
        String username = NewMember.uniqueName("race");
        java.util.List<Integer> statuses = java.util.Collections.synchronizedList(
                new java.util.ArrayList<>());
        java.util.List<Thread> threads = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String body = NewMember.personJson(username, username + i + "@example.com",
                    NewMember.uniquePhone());
            Thread t = new Thread(() ->
                    statuses.add(Api.post("/members", body, Api.ANONYMOUS).status()));
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }

        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
        assertEquals(3, statuses.stream().filter(s -> s == 409).count(), statuses::toString);
        assertEquals(1, Api.get("/members?q=" + username, Api.STAFF).json().getInt("total"));
    }

    @Test
    @DisplayName("MEM-1 weak passwords and a refused agreement are rejected field by field")
    void weakPasswordAndAgreement() {
        String username = NewMember.uniqueName("weak");
        String shortPw = NewMember.personJson(username, username + "@example.com",
                NewMember.uniquePhone()).replace(NewMember.PASSWORD, "short1");
        String common = shortPw.replace("short1", "password123");
        String noAgreement = NewMember.personJson(username, username + "@example.com",
                NewMember.uniquePhone()).replace("\"agreementAccepted\":true",
                "\"agreementAccepted\":false");

        for (String body : new String[] {shortPw, common}) {
            Api.Answer a = Api.post("/members", body, Api.ANONYMOUS);
            assertEquals(400, a.status(), a::toString);
            assertEquals("password", a.json().getJsonArray("errors").getJsonObject(0)
                    .getString("field"));
        }
        Api.Answer a = Api.post("/members", noAgreement, Api.ANONYMOUS);
        assertEquals(400, a.status());
        assertEquals("agreementAccepted", a.json().getJsonArray("errors").getJsonObject(0)
                .getString("field"));
        assertEquals(401, Api.get("/members/me", new Api.Login(username, "short1")).status());
    }

    @Test
    @DisplayName("MEM-2 STAFF approves a verification from the queue and the member may sell")
    void verification() {
        NewMember.Registered m = NewMember.person();

        Api.Answer submitted = Api.post("/members/me/verification",
                "{\"idNumber\":\"11010119900307425X\"}", m.login());
        Api.Answer queue = Api.get("/members/verifications?size=100", Api.STAFF);
        Api.Answer byMember = Api.post("/members/" + m.id() + "/verification/decision",
                "{\"approved\":true,\"reason\":\"ok\"}", m.login());
        Api.Answer decided = Api.post("/members/" + m.id() + "/verification/decision",
                "{\"approved\":true,\"reason\":\"documents match\"}", Api.STAFF);

        assertEquals(202, submitted.status(), submitted::toString);
        assertTrue(queue.json().getJsonArray("items").stream().map(v -> v.asJsonObject())
                .anyMatch(v -> v.getJsonNumber("memberId").longValue() == m.id()));
        assertEquals(403, byMember.status(), "a MEMBER may not decide verifications");
        assertEquals(200, decided.status(), decided::toString);
        JsonObject me = Api.get("/members/me", m.login()).json();
        assertEquals("VERIFIED", me.getString("verification"));
        assertTrue(me.getJsonObject("rights").getBoolean("maySell"));
        assertTrue(me.getJsonObject("rights").isNull("tradeLimit"));
    }

    @Test
    @DisplayName("MEM-2 a rejection needs a reason and tells the member")
    void rejection() {
        NewMember.Registered m = NewMember.person();
        Api.post("/members/me/verification", "{\"idNumber\":\"110101199003074258\"}", m.login());

        Api.Answer noReason = Api.post("/members/" + m.id() + "/verification/decision",
                "{\"approved\":false}", Api.STAFF);
        Api.Answer rejected = Api.post("/members/" + m.id() + "/verification/decision",
                "{\"approved\":false,\"reason\":\"photo unreadable\"}", Api.STAFF);

        assertEquals(400, noReason.status());
        assertEquals(200, rejected.status());
        assertEquals("REJECTED", Api.get("/members/me", m.login()).json().getString("verification"));
        assertTrue(Api.get("/members/me/messages", m.login()).text().contains("photo unreadable"));
    }

    @Test
    @DisplayName("MEM-3 MEM-4 the profile shows rights, fee status and the unverified trade limit")
    void rights() {
        NewMember.Registered m = NewMember.person();

        JsonObject rights = Api.get("/members/me", m.login()).json().getJsonObject("rights");

        assertEquals("NOT_REQUIRED", rights.getString("feeStatus"));
        assertEquals("2000.00", rights.getString("tradeLimit"));
        assertFalse(rights.getBoolean("maySell"));
        assertTrue(rights.getBoolean("mayLeaveFreely"));
        assertTrue(rights.getBoolean("mayGiveFeedback"));
    }

    @Test
    @DisplayName("MEM-5 a member with no open trades leaves at once and can no longer log in")
    void voluntaryExit() {
        NewMember.Registered m = NewMember.person();

        Api.Answer left = Api.delete("/members/me?reason=moving%20abroad", m.login());

        assertEquals(204, left.status(), left::toString);
        assertEquals(401, Api.get("/members/me", m.login()).status());
    }

    @Test
    @DisplayName("MEM-6 a terminated member's email and phone cannot register again")
    void terminationBarsReRegistration() {
        NewMember.Registered m = NewMember.person();

        Api.Answer byMember = Api.post("/members/" + m.id() + "/termination",
                "{\"reason\":\"self\"}", m.login());
        Api.Answer terminated = Api.post("/members/" + m.id() + "/termination",
                "{\"reason\":\"false registration data\",\"ground\":\"FALSE_REGISTRATION\"}",
                Api.STAFF);
        Api.Answer again = Api.post("/members", NewMember.personJson(NewMember.uniqueName("again"),
                "new-" + m.email(), m.phone()), Api.ANONYMOUS);

        assertEquals(403, byMember.status());
        assertEquals(200, terminated.status(), terminated::toString);
        assertEquals(409, again.status(), again::toString);
        assertEquals("MEM-6", again.json().getString("rule"));
        assertEquals(401, Api.get("/members/me", m.login()).status());
    }

    @Test
    @DisplayName("MEM-7 a frozen member cannot log in; unfreezing restores access")
    void freeze() {
        NewMember.Registered m = NewMember.person();

        Api.Answer frozen = Api.post("/members/" + m.id() + "/freeze",
                "{\"permanent\":false,\"reason\":\"suspicious trades\"}", Api.STAFF);
        int whileFrozen = Api.get("/members/me", m.login()).status();
        Api.Answer unfrozen = Api.post("/members/" + m.id() + "/unfreeze", null, Api.STAFF);

        assertEquals(200, frozen.status(), frozen::toString);
        assertEquals(401, whileFrozen);
        assertEquals(200, unfrozen.status());
        assertEquals(200, Api.get("/members/me", m.login()).status());
        assertEquals(409, Api.post("/members/" + m.id() + "/unfreeze", null, Api.STAFF).status());
    }

    @Test
    @DisplayName("MEM-8 after a new agreement version members must accept it before acting")
    void newAgreementVersion() {
        NewMember.Registered m = NewMember.person();

        Api.Answer published = Api.post("/agreements",
                "{\"text\":\"Service Agreement, a new version for the test run. Persons"
                + " registering have full civil capacity.\"}", Api.STAFF);
        JsonObject me = Api.get("/members/me", m.login()).json();
        Api.Answer blocked = Api.post("/members/me/verification",
                "{\"idNumber\":\"110101199003074258\"}", m.login());
        Api.Answer accepted = Api.post("/members/me/agreement", "{\"accept\":true}", m.login());

        assertEquals(201, published.status(), published::toString);
        assertTrue(me.getBoolean("agreementPending"));
        assertEquals(409, blocked.status());
        assertEquals("MEM-8", blocked.json().getString("rule"));
        assertEquals(200, accepted.status());
        assertFalse(Api.get("/members/me", m.login()).json().getBoolean("agreementPending"));
    }

    @Test
    @DisplayName("MEM-8 declining a new agreement version starts the exit")
    void declineAgreement() {
        NewMember.Registered m = NewMember.person();
        Api.post("/agreements", "{\"text\":\"Service Agreement, another version. Persons"
                + " registering have full civil capacity.\"}", Api.STAFF);

        Api.Answer declined = Api.post("/members/me/agreement", "{\"accept\":false}", m.login());

        assertEquals(200, declined.status(), declined::toString);
        assertEquals(401, Api.get("/members/me", m.login()).status());
    }

    @Test
    @DisplayName("PRV-4 a member downloads all data the site holds, unmasked, only their own")
    void ownData() {
        NewMember.Registered m = NewMember.person();

        JsonObject data = Api.get("/members/me/data", m.login()).json();

        assertEquals(m.phone(), data.getString("phone"));
        assertEquals(m.email(), data.getString("email"));
        assertEquals(1, data.getJsonArray("agreements").size());
        assertEquals(401, Api.get("/members/me/data", Api.ANONYMOUS).status());
    }

    @Test
    @DisplayName("API an Idempotency-Key repeat returns the first answer and creates nothing new")
    void idempotentRegistration() {
        String username = NewMember.uniqueName("idem");
        String body = NewMember.personJson(username, username + "@example.com",
                NewMember.uniquePhone());
        Map<String, String> key = Map.of("Idempotency-Key", "reg-" + username);

        Api.Answer first = Api.send("POST", "/members", body, Api.ANONYMOUS, key);
        Api.Answer second = Api.send("POST", "/members", body, Api.ANONYMOUS, key);
        Api.Answer changed = Api.send("POST", "/members", body.replace("@example", "@other"),
                Api.ANONYMOUS, key);

        assertEquals(201, first.status(), first::toString);
        assertEquals(201, second.status(), second::toString);
        assertEquals(first.json().getJsonNumber("id"), second.json().getJsonNumber("id"));
        assertTrue(changed.status() >= 400 && changed.status() < 500);
        long found = Api.get("/members?q=" + username, Api.STAFF).json().getInt("total");
        assertEquals(1, found);
    }

    @Test
    @DisplayName("API wrong role answers 403, no credentials 401 with a Basic challenge")
    void roles() {
        NewMember.Registered m = NewMember.person();

        Api.Answer anonymous = Api.post("/members/" + m.id() + "/freeze",
                "{\"permanent\":false,\"reason\":\"x\"}", Api.ANONYMOUS);
        Api.Answer member = Api.get("/members", m.login());
        Api.Answer auditorFreeze = Api.post("/members/" + m.id() + "/freeze",
                "{\"permanent\":false,\"reason\":\"x\"}", Api.AUDITOR);

        assertEquals(401, anonymous.status());
        assertNotNull(anonymous.header("WWW-Authenticate"));
        assertEquals(403, member.status());
        assertEquals(403, auditorFreeze.status());
    }
}
