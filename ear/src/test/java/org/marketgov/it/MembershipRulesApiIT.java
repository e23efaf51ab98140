package org.marketgov.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Membership rules over HTTP beyond the basic contract: capacity at registration (MEM-1),
 * the fee obligation (MEM-4), barred identities (MEM-6), hidden listings of frozen
 * sellers (MEM-7) and the masked verification queue (DS-1).
 */
@ExtendWith(RequiresDeployment.class)
class MembershipRulesApiIT {

    private static final String FEE = "/admin/settings/membership.fee-per-year";
    private static final String LISTING = "{\"title\":\"Tea set\",\"description\":"
            + "\"Porcelain, six cups\",\"section\":\"HOME\",\"price\":\"80.00\"}";

    private static void refused(Api.Answer a, int status, String rule) {
        assertEquals(status, a.status(), a::toString);
        assertTrue(a.contentType().startsWith("application/problem+json"), a::contentType);
        assertEquals(rule, a.json().getString("rule"), a::toString);
    }

    private static String uniqueLicense() {
        return "9131" + String.format("%014d",
                Math.abs(NewMember.uniqueName("lic").hashCode()) * 10_000L
                        + System.nanoTime() % 10_000);
    }

    private static String businessJson(String username, String email, String license) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + NewMember.PASSWORD
                + "\",\"email\":\"" + email + "\",\"phone\":\"" + NewMember.uniquePhone()
                + "\",\"kind\":\"BUSINESS\",\"displayName\":\"Shop\",\"agreementAccepted\":true,"
                + "\"company\":{\"name\":\"Harbor Trading Co.\",\"licenseNumber\":\"" + license
                + "\",\"address\":\"1 Bund Road, Shanghai\"}}";
    }

    private static long publishedListing(NewMember.Registered seller) {
        Api.Answer listing = Api.post("/listings", LISTING, seller.login());
        assertEquals(201, listing.status(), listing::toString);
        return listing.json().getJsonNumber("id").longValue();
    }

    @Test
    @DisplayName("MEM-1 a person declaring adult:false is refused; adult:true or the API.md body"
            + " without it registers, since the agreement in force states full civil capacity")
    void adultDeclaration() {
        String minor = NewMember.uniqueName("minor");
        String adult = NewMember.uniqueName("adult");
        String plain = NewMember.uniqueName("plain");

        Api.Answer refused = Api.post("/members", NewMember.personJson(minor,
                minor + "@example.com", NewMember.uniquePhone()).replace("}", ",\"adult\":false}"),
                Api.ANONYMOUS);
        Api.Answer declared = Api.post("/members", NewMember.personJson(adult,
                adult + "@example.com", NewMember.uniquePhone()).replace("}", ",\"adult\":true}"),
                Api.ANONYMOUS);
        Api.Answer apiBody = Api.post("/members", NewMember.personJson(plain,
                plain + "@example.com", NewMember.uniquePhone()), Api.ANONYMOUS);

        assertEquals(400, refused.status(), refused::toString);
        assertEquals("adult", refused.json().getJsonArray("errors").getJsonObject(0)
                .getString("field"));
        assertEquals(201, declared.status(), declared::toString);
        assertEquals(201, apiBody.status(), apiBody::toString);
    }

    @Test
    @DisplayName("MEM-4 a fee overdue more than 30 days stops publishing listings")
    void overdueFeeStopsSelling() {
        NewMember.Registered seller = NewMember.verifiedPerson();
        String before = Api.get("/admin/settings", Api.STAFF).array().stream()
                .map(v -> v.asJsonObject())
                .filter(s -> s.getString("key").equals("membership.fee-per-year"))
                .map(s -> s.getString("value")).findFirst().orElse("0.00");
        try {
            Api.Answer fee = Api.put(FEE, "{\"value\":\"120.00\"}", Api.STAFF);
            assertEquals(200, fee.status(), fee::toString);
            Api.Answer moved = Api.post("/admin/clock", "{\"advance\":\"P31D\"}", Api.STAFF);
            assertEquals(200, moved.status(), moved::toString);

            Api.Answer listing = Api.post("/listings", LISTING, seller.login());
            JsonObject rights = Api.get("/members/me", seller.login()).json()
                    .getJsonObject("rights");

            refused(listing, 409, "MEM-4");
            assertEquals("SUSPENDED", rights.getString("feeStatus"));
            assertFalse(rights.getBoolean("maySell"));
        } finally {
            assertEquals(200, Api.put(FEE, "{\"value\":\"" + before + "\"}", Api.STAFF).status());
        }
        assertEquals(201, Api.post("/listings", LISTING, seller.login()).status());
    }

    @Test
    @DisplayName("MEM-6 a terminated member's email alone, with a new phone, cannot register")
    void barredEmail() {
        NewMember.Registered m = NewMember.person();
        Api.Answer terminated = Api.post("/members/" + m.id() + "/termination",
                "{\"reason\":\"repeated fraud\",\"ground\":\"VIOLATION\"}", Api.STAFF);

        Api.Answer again = Api.post("/members", NewMember.personJson(
                NewMember.uniqueName("again"), m.email(), NewMember.uniquePhone()),
                Api.ANONYMOUS);

        assertEquals(200, terminated.status(), terminated::toString);
        refused(again, 409, "MEM-6");
    }

    @Test
    @DisplayName("MEM-6 a terminated business's license number cannot register again")
    void barredLicense() {
        String license = uniqueLicense();
        String first = NewMember.uniqueName("shop");
        Api.Answer registered = Api.post("/members",
                businessJson(first, first + "@example.com", license), Api.ANONYMOUS);
        assertEquals(201, registered.status(), registered::toString);
        long id = registered.json().getJsonNumber("id").longValue();
        Api.Answer terminated = Api.post("/members/" + id + "/termination",
                "{\"reason\":\"false registration data\",\"ground\":\"FALSE_REGISTRATION\"}",
                Api.STAFF);

        String second = NewMember.uniqueName("shop");
        Api.Answer again = Api.post("/members",
                businessJson(second, second + "@example.com", license.toLowerCase()),
                Api.ANONYMOUS);

        assertEquals(200, terminated.status(), terminated::toString);
        refused(again, 409, "MEM-6");
    }

    @Test
    @DisplayName("MEM-7 freezing a seller hides their listings; unfreezing shows them again")
    void freezeHidesListings() {
        NewMember.Registered seller = NewMember.verifiedPerson();
        long listing = publishedListing(seller);

        int before = Api.get("/listings/" + listing, Api.ANONYMOUS).status();
        Api.post("/members/" + seller.id() + "/freeze",
                "{\"permanent\":false,\"reason\":\"under review\"}", Api.STAFF);
        int frozen = Api.get("/listings/" + listing, Api.ANONYMOUS).status();
        int frozenForMember = Api.get("/listings/" + listing, NewMember.person().login()).status();
        Api.post("/members/" + seller.id() + "/unfreeze", null, Api.STAFF);
        int after = Api.get("/listings/" + listing, Api.ANONYMOUS).status();

        assertEquals(200, before);
        assertEquals(404, frozen);
        assertEquals(404, frozenForMember);
        assertEquals(200, after);
    }

    @Test
    @DisplayName("DS-1 the verification queue masks ID numbers; STAFF unmasks one entry, which"
            + " the audit trail records as PERSONAL_DATA_READ")
    void maskedQueue() {
        NewMember.Registered m = NewMember.person();
        String idNumber = "3201021985" + String.format("%07d", m.id() % 10_000_000) + "X";
        assertEquals(202, Api.post("/members/me/verification",
                "{\"idNumber\":\"" + idNumber + "\"}", m.login()).status());

        JsonObject entry = Api.get("/members/verifications?size=100", Api.STAFF).json()
                .getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(v -> v.getJsonNumber("memberId").longValue() == m.id())
                .findFirst().orElseThrow();
        long entryId = entry.getJsonNumber("id").longValue();
        Api.Answer byMember = Api.get("/members/verifications/" + entryId + "/documents",
                m.login());
        Api.Answer unmasked = Api.get("/members/verifications/" + entryId + "/documents",
                Api.STAFF);

        assertEquals("32" + "*".repeat(14) + idNumber.substring(16), entry.getString("idNumber"));
        assertTrue(entry.getBoolean("masked"));
        assertEquals(403, byMember.status(), byMember::toString);
        assertEquals(200, unmasked.status(), unmasked::toString);
        assertEquals(idNumber, unmasked.json().getString("idNumber"));
        assertFalse(unmasked.json().getBoolean("masked"));
        String trail = Api.get("/audit?size=50", Api.AUDITOR).text();
        assertTrue(trail.contains("\"target\":\"verification " + entryId + "\""), trail);
        assertTrue(trail.contains("PERSONAL_DATA_READ"), trail);
    }
}
