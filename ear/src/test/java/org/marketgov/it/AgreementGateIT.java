package org.marketgov.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** MEM-8 over HTTP: what a member with an unanswered or declined agreement may still do. */
@ExtendWith(RequiresDeployment.class)
class AgreementGateIT {

    private static void publishNewVersion() {
        Api.Answer a = Api.post("/agreements",
                "{\"text\":\"Service Agreement, a version the gate tests publish."
                + " Persons registering have full civil capacity.\"}", Api.STAFF);
        assertEquals(201, a.status(), a::toString);
    }

    private static void refusedByGate(Api.Answer a) {
        assertEquals(409, a.status(), a::toString);
        assertTrue(a.contentType().startsWith("application/problem+json"), a::contentType);
        assertEquals("MEM-8", a.json().getString("rule"), a::toString);
    }

    /** A verified seller's published listing, and a fresh buyer's open trade on it. */
    private record OpenTrade(NewMember.Registered seller, NewMember.Registered buyer, long id) {
    }

    private static OpenTrade openTrade() {
        NewMember.Registered seller = NewMember.verifiedPerson();
        NewMember.Registered buyer = NewMember.person();
        Api.Answer listing = Api.post("/listings", "{\"title\":\"Tea set\",\"description\":"
                + "\"Porcelain, six cups\",\"section\":\"HOME\",\"price\":\"80.00\"}",
                seller.login());
        assertEquals(201, listing.status(), listing::toString);
        Api.Answer trade = Api.post("/trades", "{\"listingId\":"
                + listing.json().getJsonNumber("id") + ",\"quantity\":1,"
                + "\"paymentMethod\":\"ESCROW\"}", buyer.login());
        assertEquals(201, trade.status(), trade::toString);
        return new OpenTrade(seller, buyer, trade.json().getJsonNumber("id").longValue());
    }

    @Test
    @DisplayName("MEM-8 with a new version unanswered a member files no complaint, accusation,"
            + " evaluation, after-sales case or listing over the API")
    void pendingMemberChangesNothing() {
        OpenTrade t = openTrade();
        publishNewVersion();
        Api.Login buyer = t.buyer().login();

        refusedByGate(Api.post("/complaints", "{\"tradeId\":" + t.id()
                + ",\"type\":\"NOT_AS_DESCRIBED\",\"facts\":\"The cups are cracked.\"}", buyer));
        refusedByGate(Api.post("/accusations", "{\"targetType\":\"MEMBER\",\"targetId\":"
                + t.seller().id() + ",\"category\":\"INFRINGING_IMAGES\","
                + "\"description\":\"Fake goods\",\"anonymous\":false}", buyer));
        refusedByGate(Api.post("/trades/" + t.id() + "/evaluations",
                "{\"rating\":\"PRAISE\",\"comment\":\"fine\"}", buyer));
        refusedByGate(Api.post("/trades/" + t.id() + "/after-sales", "{\"cause\":"
                + "\"QUALITY_DEFECT\",\"hasInvoice\":true,\"description\":\"cracked\"}", buyer));
        refusedByGate(Api.post("/trades/" + t.id() + "/payment", null, buyer));
        refusedByGate(Api.post("/listings", "{\"title\":\"Cups\",\"description\":\"Two\","
                + "\"section\":\"HOME\",\"price\":\"9.00\"}", t.seller().login()));
    }

    @Test
    @DisplayName("MEM-8 with a new version unanswered a member still reads, downloads their"
            + " data, accepts, and then acts again")
    void pendingMemberReadsAndAccepts() {
        NewMember.Registered m = NewMember.person();
        publishNewVersion();

        Api.Answer profile = Api.get("/members/me", m.login());
        Api.Answer data = Api.get("/members/me/data", m.login());
        Api.Answer accepted = Api.post("/members/me/agreement", "{\"accept\":true}", m.login());
        Api.Answer consultation = Api.post("/consultations",
                "{\"question\":\"How do refunds work?\",\"contact\":\"by message\"}", m.login());

        assertEquals(200, profile.status(), profile::toString);
        assertTrue(profile.json().getBoolean("agreementPending"));
        assertEquals(200, data.status(), data::toString);
        assertEquals(200, accepted.status(), accepted::toString);
        assertEquals(201, consultation.status(), consultation::toString);
    }

    @Test
    @DisplayName("MEM-8 MEM-5 a member with a new version unanswered may still leave")
    void pendingMemberLeaves() {
        NewMember.Registered m = NewMember.person();
        publishNewVersion();

        Api.Answer left = Api.delete("/members/me?reason=no%20longer%20needed", m.login());

        assertEquals(204, left.status(), left::toString);
        assertEquals(401, Api.get("/members/me", m.login()).status());
    }

    @Test
    @DisplayName("MEM-8 MEM-5 declining with a trade open keeps the decline, lists the trade,"
            + " allows only finishing it, and the exit completes once it is cancelled")
    void declineWithOpenTrade() {
        OpenTrade t = openTrade();
        publishNewVersion();
        Api.Login buyer = t.buyer().login();

        Api.Answer declined = Api.post("/members/me/agreement", "{\"accept\":false}", buyer);
        JsonObject data = Api.get("/members/me/data", buyer).json();
        Api.Answer consultation = Api.post("/consultations",
                "{\"question\":\"Why?\",\"contact\":\"by message\"}", buyer);
        Api.Answer cancelled = Api.post("/trades/" + t.id() + "/cancellation", null, buyer);
        Api.Answer stillMember = Api.get("/members/me", buyer);
        Api.Answer jobs = Api.post("/admin/clock", "{\"advance\":\"PT1M\"}", Api.STAFF);

        assertEquals(409, declined.status(), declined::toString);
        assertEquals("MEM-5", declined.json().getString("rule"));
        assertEquals("trade " + t.id() + " (CREATED)",
                declined.json().getJsonArray("blockingTrades").getString(0));
        JsonObject lastDecision = data.getJsonArray("agreements")
                .getJsonObject(data.getJsonArray("agreements").size() - 1);
        assertEquals(false, lastDecision.getBoolean("accepted"), data::toString);
        refusedByGate(consultation);
        assertEquals(200, cancelled.status(), cancelled::toString);
        assertEquals(200, stillMember.status(), stillMember::toString);
        assertEquals(200, jobs.status(), jobs::toString);
        assertEquals(401, Api.get("/members/me", buyer).status());
    }
}
