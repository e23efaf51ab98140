package org.marketgov.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The after-sales part of the partner API (API.md "After-sales"), over HTTP. Every test
 * completes its own trade and computes its expectations from the trade's
 * {@code completedAt}, because the shared site clock only moves forward.
 */
@ExtendWith(RequiresDeployment.class)
class AfterSalesApiIT {

    private static final ZoneId SITE_ZONE = ZoneId.of("Asia/Shanghai");
    private static final String SHIPMENT = "{\"carrier\":\"SF Express\","
            + "\"trackingNumber\":\"SF2222333344\"}";

    /** A completed trade with its parties and the delivery date in the site zone. */
    private record Delivered(NewMember.Registered seller, NewMember.Registered buyer,
            long tradeId, LocalDate deliveredOn) {
    }

    /** A trade paid and shipped, but not yet received by its buyer. */
    private record Shipped(NewMember.Registered seller, NewMember.Registered buyer,
            long tradeId) {
    }

    private static Shipped shippedTrade() {
        NewMember.Registered seller = NewMember.verifiedPerson();
        NewMember.Registered buyer = NewMember.verifiedPerson();
        Api.Answer listing = Api.post("/listings", "{\"title\":\"Kettle\",\"description\":"
                + "\"Electric, 1.7 l\",\"section\":\"ELECTRONICS\",\"price\":\"199.00\"}",
                seller.login());
        assertEquals(201, listing.status(), listing::toString);
        Api.Answer trade = Api.post("/trades", "{\"listingId\":" + id(listing.json())
                + ",\"quantity\":1,\"paymentMethod\":\"ESCROW\"}", buyer.login());
        assertEquals(201, trade.status(), trade::toString);
        long tradeId = id(trade.json());
        ok(Api.post("/trades/" + tradeId + "/payment", null, buyer.login()));
        ok(Api.post("/trades/" + tradeId + "/shipment", SHIPMENT, seller.login()));
        return new Shipped(seller, buyer, tradeId);
    }

    private static Delivered completedTrade() {
        Shipped s = shippedTrade();
        JsonObject done = ok(Api.post("/trades/" + s.tradeId() + "/receipt", null,
                s.buyer().login()));
        LocalDate deliveredOn = OffsetDateTime.parse(done.getString("completedAt"))
                .atZoneSameInstant(SITE_ZONE).toLocalDate();
        return new Delivered(s.seller(), s.buyer(), s.tradeId(), deliveredOn);
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static JsonObject ok(Api.Answer a) {
        assertEquals(200, a.status(), a::toString);
        return a.json();
    }

    private static JsonObject created(Api.Answer a) {
        assertEquals(201, a.status(), a::toString);
        return a.json();
    }

    private static String caseJson(String cause, boolean invoice) {
        return "{\"cause\":\"" + cause + "\",\"hasInvoice\":" + invoice
                + ",\"description\":\"Stops heating after a minute\"}";
    }

    private static Api.Answer open(Delivered d, String body, Api.Login who) {
        return Api.post("/trades/" + d.tradeId() + "/after-sales", body, who);
    }

    private static List<String> strings(JsonArray a) {
        return a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static void advance(String by) {
        ok(Api.post("/admin/clock", "{\"advance\":\"" + by + "\"}", Api.STAFF));
    }

    private static long openCase(Delivered d) {
        return id(created(open(d, caseJson("QUALITY_DEFECT", true), d.buyer().login())));
    }

    private static JsonObject choose(Delivered d, long caseId, String remedy) {
        return ok(Api.post("/after-sales/" + caseId + "/remedy", "{\"remedy\":\"" + remedy
                + "\"}", d.buyer().login()));
    }

    private static JsonObject receive(long caseId) {
        return ok(Api.post("/after-sales/" + caseId + "/receipt", null, Api.STAFF));
    }

    private static Api.Answer repair(long caseId, boolean fixed) {
        return Api.post("/after-sales/" + caseId + "/repairs", "{\"fixed\":" + fixed + "}",
                Api.STAFF);
    }

    private static JsonObject inspect(long caseId, String cause, String findings) {
        return ok(Api.post("/after-sales/" + caseId + "/inspection", "{\"cause\":\"" + cause
                + "\",\"findings\":\"" + findings + "\"}", Api.STAFF));
    }

    /** The buyer chooses a free repair, STAFF receive the goods and record the repair. */
    private static JsonObject repairRound(Delivered d, long caseId, boolean fixed) {
        choose(d, caseId, "REPAIR");
        receive(caseId);
        return created(repair(caseId, fixed));
    }

    private static void assertRefused(int status, String rule, Api.Answer a) {
        assertEquals(status, a.status(), a::toString);
        assertEquals(rule, a.json().getString("rule"), a::toString);
    }

    private static List<String> timeline(JsonObject caseView) {
        return caseView.getJsonArray("timeline").stream().map(JsonValue::asJsonObject)
                .map(e -> e.getString("kind")).toList();
    }

    @Test
    @DisplayName("AS-1 a quality fault on the delivery day opens return, replacement and"
            + " repair, free, until day 7")
    void firstWeek() {
        Delivered d = completedTrade();

        JsonObject decision = created(open(d, caseJson("QUALITY_DEFECT", true),
                d.buyer().login()));

        assertEquals(List.of("RETURN", "REPLACE", "REPAIR"),
                strings(decision.getJsonArray("remedies")));
        assertTrue(decision.getBoolean("free"));
        assertEquals("AS-1", decision.getString("rule"));
        assertEquals(d.deliveredOn().plusDays(6).toString(), decision.getString("openUntil"));
        JsonObject seen = ok(Api.get("/after-sales/" + id(decision), d.buyer().login()));
        assertEquals(List.of("RETURN", "REPLACE", "REPAIR"),
                strings(seen.getJsonArray("remedies")));
        assertEquals("OPEN", seen.getString("status"));
        assertEquals(200, Api.get("/after-sales/" + id(decision), Api.STAFF).status());
    }

    @Test
    @DisplayName("AS-8 choosing a return lists the goods, all accessories and the invoice")
    void sendBackList() {
        Delivered d = completedTrade();
        long caseId = id(created(open(d, caseJson("QUALITY_DEFECT", true), d.buyer().login())));

        JsonObject chosen = ok(Api.post("/after-sales/" + caseId + "/remedy",
                "{\"remedy\":\"RETURN\"}", d.buyer().login()));

        assertEquals("REMEDY_CHOSEN", chosen.getString("status"));
        assertEquals(List.of("GOODS", "ALL_ACCESSORIES", "INVOICE"),
                strings(chosen.getJsonArray("sendBack")));
        Api.Answer paid = Api.post("/after-sales/" + caseId + "/remedy",
                "{\"remedy\":\"RETURN\"}", d.buyer().login());
        assertEquals(409, paid.status(), paid::toString);
    }

    @Test
    @DisplayName("AS-6 misuse is excluded: paid service only, with the rule")
    void exclusion() {
        Delivered d = completedTrade();

        JsonObject decision = created(open(d, caseJson("MISUSE", true), d.buyer().login()));

        assertEquals(List.of("PAID_REPAIR"), strings(decision.getJsonArray("remedies")));
        assertEquals(false, decision.getBoolean("free"));
        assertEquals("AS-6", decision.getString("rule"));
        assertTrue(decision.isNull("openUntil") || !decision.containsKey("openUntil"),
                decision::toString);
    }

    @Test
    @DisplayName("AS-4 after two repairs that did not fix the fault, replacement or repair"
            + " until the year ends")
    void twoFailedRepairs() {
        Delivered d = completedTrade();
        advance("P8D");
        long caseId = openCase(d);

        JsonObject first = repairRound(d, caseId, false);
        JsonObject second = repairRound(d, caseId, false);

        assertTrue(first.getBoolean("free"), first::toString);
        assertEquals("AS-2", first.getString("rule"), first::toString);
        assertEquals("AS-4", second.getString("rule"), second::toString);
        JsonObject seen = ok(Api.get("/after-sales/" + caseId, d.buyer().login()));
        assertEquals("AS-4", seen.getString("rule"), seen::toString);
        assertEquals(List.of("REPLACE", "REPAIR"), strings(seen.getJsonArray("remedies")));
        assertEquals(d.deliveredOn().plusDays(364).toString(), seen.getString("openUntil"));
        assertEquals(2, seen.getJsonArray("repairs").size());
    }

    @Test
    @DisplayName("AS-1 a return chosen on day 7 is still refunded when STAFF receive and"
            + " inspect the goods on day 9")
    void returnJudgedOnClaimDay() {
        Delivered d = completedTrade();
        advance("P6D");
        long caseId = openCase(d);
        choose(d, caseId, "RETURN");
        advance("P2D");

        receive(caseId);
        JsonObject inspected = inspect(caseId, "QUALITY_DEFECT", "Heating element open");
        JsonObject refunded = ok(Api.post("/after-sales/" + caseId + "/refund", null,
                Api.STAFF));

        assertEquals("GOODS_RECEIVED", inspected.getString("status"), inspected::toString);
        assertEquals("RETURN", inspected.getString("chosenRemedy"));
        assertEquals("AS-1", inspected.getString("rule"));
        assertEquals(d.deliveredOn().plusDays(6).toString(), inspected.getString("openUntil"));
        assertEquals("RESOLVED", refunded.getString("status"), refunded::toString);
        assertEquals(List.of("OPENED", "DECIDED", "DECIDED", "REMEDY_CHOSEN", "GOODS_RECEIVED",
                "INSPECTED", "DECIDED", "REFUNDED"), timeline(refunded));
    }

    @Test
    @DisplayName("AS-3 a claim made on day 365 stays a free repair when STAFF repair on day 368")
    void repairJudgedOnClaimDay() {
        Delivered d = completedTrade();
        advance("P364D");
        long caseId = openCase(d);
        choose(d, caseId, "REPAIR");
        receive(caseId);
        advance("P3D");

        JsonObject repaired = created(repair(caseId, false));

        assertEquals(false, repaired.getBoolean("paid"), repaired::toString);
        assertTrue(repaired.getBoolean("free"));
        assertEquals("AS-3", repaired.getString("rule"));
        assertEquals(d.deliveredOn().plusDays(364).toString(), repaired.getString("openUntil"));
    }

    @Test
    @DisplayName("AS-1 a buyer choosing on day 8 no longer gets the return the day-1"
            + " decision showed")
    void choiceJudgedWhenMade() {
        Delivered d = completedTrade();
        long caseId = openCase(d);
        advance("P7D");

        Api.Answer late = Api.post("/after-sales/" + caseId + "/remedy",
                "{\"remedy\":\"RETURN\"}", d.buyer().login());
        JsonObject seen = ok(Api.get("/after-sales/" + caseId, d.buyer().login()));

        assertRefused(409, "AS-2", late);
        assertEquals(List.of("REPLACE", "REPAIR"), strings(seen.getJsonArray("remedies")));
        assertEquals("REPLACE", choose(d, caseId, "REPLACE").getString("chosenRemedy"));
    }

    @Test
    @DisplayName("AS-9, AS-8 a repair needs a chosen repair and the goods received, else 409")
    void repairFollowsTheWorkflow() {
        Delivered d = completedTrade();
        long caseId = openCase(d);

        Api.Answer beforeChoice = repair(caseId, true);
        choose(d, caseId, "REPAIR");
        Api.Answer beforeReceipt = repair(caseId, true);
        Delivered other = completedTrade();
        long returned = openCase(other);
        choose(other, returned, "RETURN");
        receive(returned);
        Api.Answer onReturn = repair(returned, true);

        assertRefused(409, "AS-9", beforeChoice);
        assertRefused(409, "AS-8", beforeReceipt);
        assertRefused(409, "AS-9", onReturn);
        assertEquals(0, ok(Api.get("/after-sales/" + caseId, Api.STAFF))
                .getJsonArray("repairs").size());
        assertEquals("GOODS_RECEIVED", ok(Api.get("/after-sales/" + returned, Api.STAFF))
                .getString("status"));
    }

    @Test
    @DisplayName("AS-1 a trade whose return was refunded gets no new after-sales case")
    void noCaseAfterRefund() {
        Delivered d = completedTrade();
        long caseId = openCase(d);
        choose(d, caseId, "RETURN");
        receive(caseId);
        ok(Api.post("/after-sales/" + caseId + "/refund", null, Api.STAFF));

        Api.Answer again = open(d, caseJson("QUALITY_DEFECT", true), d.buyer().login());

        assertRefused(409, "AS-1", again);
        assertEquals(1, ok(Api.get("/after-sales", d.buyer().login())).getInt("total"));
    }

    @Test
    @DisplayName("AS-6 inspection finding misuse turns a free repair into paid service the"
            + " buyer accepts; 2000 characters of findings are kept")
    void inspectionFindsMisuse() {
        Delivered d = completedTrade();
        long caseId = openCase(d);
        choose(d, caseId, "REPAIR");
        receive(caseId);
        String findings = "x".repeat(2000);

        JsonObject inspected = inspect(caseId, "MISUSE", findings);
        choose(d, caseId, "PAID_REPAIR");
        receive(caseId);
        JsonObject repaired = created(repair(caseId, true));

        assertEquals("OPEN", inspected.getString("status"), inspected::toString);
        assertEquals("MISUSE", inspected.getString("cause"));
        assertEquals("AS-6", inspected.getString("rule"));
        assertEquals(List.of("PAID_REPAIR"), strings(inspected.getJsonArray("remedies")));
        assertTrue(repaired.getBoolean("paid"), repaired::toString);
        assertEquals("RESOLVED", repaired.getString("status"));
        JsonObject seen = ok(Api.get("/after-sales/" + caseId, d.buyer().login()));
        assertTrue(seen.getJsonArray("timeline").stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> ("MISUSE: " + findings).equals(e.getString("detail"))),
                seen::toString);
        assertEquals(List.of("OPENED", "DECIDED", "DECIDED", "REMEDY_CHOSEN", "GOODS_RECEIVED",
                "INSPECTED", "DECIDED", "DECIDED", "REMEDY_CHOSEN", "GOODS_RECEIVED",
                "REPAIRED"), timeline(seen));
    }

    @Test
    @DisplayName("AS-5 a replacement is noted with its serial number and starts a new period:"
            + " a new case on the goods is back in AS-1")
    void replacementRestartsPeriod() {
        Delivered d = completedTrade();
        advance("P8D");
        long caseId = openCase(d);
        choose(d, caseId, "REPLACE");
        receive(caseId);

        JsonObject replaced = created(Api.post("/after-sales/" + caseId + "/replacements",
                "{\"serialNumber\":\"SN-IT-" + caseId + "\"}", Api.STAFF));
        JsonObject again = created(open(d, caseJson("QUALITY_DEFECT", true),
                d.buyer().login()));

        assertEquals("RESOLVED", replaced.getString("status"), replaced::toString);
        JsonObject replacement = replaced.getJsonArray("replacements").getJsonObject(0);
        assertEquals("SN-IT-" + caseId, replacement.getString("serialNumber"));
        LocalDate replacedOn = OffsetDateTime.parse(replacement.getString("replacedAt"))
                .atZoneSameInstant(SITE_ZONE).toLocalDate();
        assertEquals("AS-1", again.getString("rule"), again::toString);
        assertEquals(replacedOn.plusDays(6).toString(), again.getString("openUntil"));
        assertTrue(strings(again.getJsonArray("reasons")).stream()
                .anyMatch(r -> r.contains("SN-IT-" + caseId)), again::toString);
        assertTrue(timeline(replaced).contains("REPLACED"), replaced::toString);
    }

    @Test
    @DisplayName("DS-3 the buyer opening a case and choosing a remedy are in the audit trail")
    void buyerStepsAudited() {
        Delivered d = completedTrade();
        long caseId = openCase(d);
        choose(d, caseId, "REPAIR");

        Api.Answer a = Api.get("/audit?size=100", Api.AUDITOR);

        assertEquals(200, a.status(), a::toString);
        List<JsonObject> mine = a.json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(l -> ("after-sales case " + caseId).equals(l.getString("target", "")))
                .toList();
        assertTrue(mine.stream().anyMatch(l -> "AFTER_SALES_OPENED".equals(
                l.getString("action")) && d.buyer().username().equals(l.getString("actor"))),
                mine::toString);
        assertTrue(mine.stream().anyMatch(l -> "AFTER_SALES_REMEDY_CHOSEN".equals(
                l.getString("action"))), mine::toString);
    }

    @Test
    @DisplayName("AS-9 another member's trade or case answers 404, as if it did not exist")
    void othersTrade() {
        Delivered d = completedTrade();
        NewMember.Registered stranger = NewMember.person();
        long caseId = id(created(open(d, caseJson("QUALITY_DEFECT", true), d.buyer().login())));

        Api.Answer byStranger = open(d, caseJson("QUALITY_DEFECT", true), stranger.login());
        Api.Answer bySeller = open(d, caseJson("QUALITY_DEFECT", true), d.seller().login());
        Api.Answer readByStranger = Api.get("/after-sales/" + caseId, stranger.login());

        assertEquals(404, byStranger.status(), byStranger::toString);
        assertEquals(404, bySeller.status(), bySeller::toString);
        assertEquals(404, readByStranger.status(), readByStranger::toString);
    }

    @Test
    @DisplayName("AS-9 a repair is recorded by STAFF only; a member is refused")
    void repairIsStaffOnly() {
        Delivered d = completedTrade();
        long caseId = id(created(open(d, caseJson("QUALITY_DEFECT", true), d.buyer().login())));

        Api.Answer byBuyer = Api.post("/after-sales/" + caseId + "/repairs", "{\"fixed\":true}",
                d.buyer().login());
        Api.Answer anonymous = Api.post("/after-sales/" + caseId + "/repairs",
                "{\"fixed\":true}", Api.ANONYMOUS);

        assertEquals(403, byBuyer.status(), byBuyer::toString);
        assertEquals(401, anonymous.status(), anonymous::toString);
    }

    @Test
    @DisplayName("AS-9 the same Idempotency-Key opens one case only")
    void idempotent() {
        Delivered d = completedTrade();
        Map<String, String> key = Map.of("Idempotency-Key", "as-" + d.tradeId());

        Api.Answer first = Api.send("POST", "/trades/" + d.tradeId() + "/after-sales",
                caseJson("QUALITY_DEFECT", false), d.buyer().login(), key);
        Api.Answer again = Api.send("POST", "/trades/" + d.tradeId() + "/after-sales",
                caseJson("QUALITY_DEFECT", false), d.buyer().login(), key);

        assertEquals(id(created(first)), id(created(again)));
        assertEquals(1, ok(Api.get("/after-sales", d.buyer().login())).getInt("total"));
    }

    static Stream<Arguments> badCases() {
        return Stream.of(
                Arguments.of("no cause", "{\"hasInvoice\":true,\"description\":\"x\"}", "cause"),
                Arguments.of("unknown cause", "{\"cause\":\"BROKEN\",\"hasInvoice\":true,"
                        + "\"description\":\"x\"}", "cause"),
                Arguments.of("no invoice flag", "{\"cause\":\"MISUSE\",\"description\":\"x\"}",
                        "hasInvoice"),
                Arguments.of("blank description", "{\"cause\":\"MISUSE\",\"hasInvoice\":true,"
                        + "\"description\":\"  \"}", "description"));
    }

    @ParameterizedTest(name = "AS-9 {0} answers 400 naming the field")
    @MethodSource("badCases")
    @DisplayName("AS-9 bad input answers 400 with field errors and opens nothing")
    void badInput(String name, String body, String field) {
        Delivered d = completedTrade();

        Api.Answer a = open(d, body, d.buyer().login());

        assertEquals(400, a.status(), a::toString);
        assertTrue(a.json().getJsonArray("errors").stream().map(JsonObject.class::cast)
                .anyMatch(e -> field.equals(e.getString("field"))), a::toString);
        assertEquals(0, ok(Api.get("/after-sales", d.buyer().login())).getInt("total"));
    }

    @Test
    @DisplayName("AS-9 malformed JSON, a missing repair flag and a trade not yet received"
            + " are refused without a 5xx")
    void otherRefusals() {
        Delivered d = completedTrade();
        long caseId = id(created(open(d, caseJson("QUALITY_DEFECT", true), d.buyer().login())));

        Api.Answer malformed = open(d, "{\"cause\":", d.buyer().login());
        Api.Answer noFlag = Api.post("/after-sales/" + caseId + "/repairs", "{}", Api.STAFF);
        Api.Answer unknownCase = Api.get("/after-sales/999999999", Api.STAFF);
        Shipped notReceived = shippedTrade();
        Api.Answer tooEarly = Api.post("/trades/" + notReceived.tradeId() + "/after-sales",
                caseJson("QUALITY_DEFECT", true), notReceived.buyer().login());

        assertEquals(400, malformed.status(), malformed::toString);
        assertEquals(400, noFlag.status(), noFlag::toString);
        assertEquals(404, unknownCase.status(), unknownCase::toString);
        assertRefused(409, "AS-1", tooEarly);
    }
}
