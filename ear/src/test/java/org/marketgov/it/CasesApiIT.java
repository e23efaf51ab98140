package org.marketgov.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The complaints, accusations and consulting part of the partner API (API.md "CMP"),
 * over HTTP. Every test registers its own members and trades; the sealing of an
 * anonymous informant is checked through every read path the API offers.
 */
@ExtendWith(RequiresDeployment.class)
class CasesApiIT {

    private static final String SHIPMENT = "{\"carrier\":\"SF Express\","
            + "\"trackingNumber\":\"SF1234567890\"}";

    /** A trade between a verified seller and a buyer, on one published listing. */
    private record Deal(NewMember.Registered seller, NewMember.Registered buyer,
            long listingId, long tradeId) {
    }

    private static Deal deal() {
        NewMember.Registered seller = NewMember.verifiedPerson();
        NewMember.Registered buyer = NewMember.person();
        long listing = listing(seller);
        Api.Answer t = Api.post("/trades", "{\"listingId\":" + listing
                + ",\"quantity\":1,\"paymentMethod\":\"ESCROW\"}", buyer.login());
        assertEquals(201, t.status(), t::toString);
        return new Deal(seller, buyer, listing, id(t.json()));
    }

    private static long listing(NewMember.Registered seller) {
        Api.Answer l = Api.post("/listings", "{\"title\":\"Tea set\",\"description\":"
                + "\"Porcelain, six cups\",\"section\":\"HOME\",\"price\":\"88.00\"}",
                seller.login());
        assertEquals(201, l.status(), l::toString);
        return id(l.json());
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

    private static void refused(Api.Answer a, int status, String rule) {
        assertEquals(status, a.status(), a::toString);
        assertTrue(a.contentType().startsWith("application/problem+json"), a::contentType);
        assertEquals(rule, a.json().getString("rule"), a::toString);
    }

    private static JsonObject complain(Deal d, String type) {
        return created(Api.post("/complaints", "{\"tradeId\":" + d.tradeId() + ",\"type\":\""
                + type + "\",\"facts\":\"Paid on Monday, nothing shipped\"}", d.buyer().login()));
    }

    private static String accusationJson(String targetType, long targetId, boolean anonymous) {
        return "{\"targetType\":\"" + targetType + "\",\"targetId\":" + targetId
                + ",\"category\":\"INFRINGING_IMAGES\",\"description\":\"Photos copied from"
                + " a brand site\",\"anonymous\":" + anonymous + "}";
    }

    /** The smallest files each sniffed kind starts with, plus a little body. */
    private static final byte[] PNG = withBody(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D,
        0x0A, 0x1A, 0x0A});
    private static final byte[] PDF = withBody("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
    private static final byte[] HTML = "<html><script>alert(1)</script></html>"
            .getBytes(StandardCharsets.US_ASCII);

    private static final HttpClient RAW = HttpClient.newHttpClient();

    private static byte[] withBody(byte[] magic) {
        byte[] file = Arrays.copyOf(magic, magic.length + 64);
        Arrays.fill(file, magic.length, file.length, (byte) 7);
        return file;
    }

    private static Api.Answer upload(String path, String name, byte[] content, Api.Login who) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.BASE + path
                        + "?name=" + name))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content));
        if (who != null) {
            b.header("Authorization", who.header());
        }
        HttpResponse<String> r = call(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Api.Answer(r.statusCode(), r.headers().map(), r.body());
    }

    private static HttpResponse<byte[]> download(String path, Api.Login who) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.BASE + path)).GET();
        if (who != null) {
            b.header("Authorization", who.header());
        }
        return call(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static <T> HttpResponse<T> call(HttpRequest request,
            HttpResponse.BodyHandler<T> handler) {
        try {
            return RAW.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("CMP-1 parties and STAFF add PNG and PDF evidence to a complaint and download"
            + " it as an attachment; strangers see 404")
    void complaintEvidence() {
        Deal d = deal();
        String path = "/complaints/" + id(complain(d, "NOT_AS_DESCRIBED")) + "/evidence";

        JsonObject png = created(upload(path, "../photo%0D.png", PNG, d.buyer().login()));
        created(upload(path, "statement.pdf", PDF, d.seller().login()));
        created(upload(path, "note.pdf", PDF, Api.STAFF));

        assertEquals("image/png", png.getString("contentType"));
        assertEquals("COMPLAINANT", png.getString("side"));
        assertEquals("photo_.png", png.getString("fileName"));
        assertEquals(3, Api.get(path, d.seller().login()).array().size());
        HttpResponse<byte[]> file = download(path + "/" + id(png), d.seller().login());
        assertEquals(200, file.statusCode());
        assertArrayEquals(PNG, file.body());
        assertEquals("image/png", file.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options")
                .orElseThrow());
        assertTrue(file.headers().firstValue("Content-Disposition").orElseThrow()
                .startsWith("attachment;"));
        NewMember.Registered stranger = NewMember.person();
        assertEquals(404, Api.get(path, stranger.login()).status());
        assertEquals(404, download(path + "/" + id(png), stranger.login()).statusCode());
        assertEquals(404, upload(path, "x.png", PNG, stranger.login()).status());
        assertEquals(401, download(path + "/" + id(png), Api.ANONYMOUS).statusCode());
    }

    @Test
    @DisplayName("CMP-1 evidence that is no PNG, JPEG or PDF is 415, over the size setting"
            + " 413, both citing the rule; an empty file is 400")
    void evidenceRefused() {
        Deal d = deal();
        String path = "/complaints/" + id(complain(d, "OTHER")) + "/evidence";

        refused(upload(path, "page.png", HTML, d.buyer().login()), 415, "CMP-1");
        byte[] big = withBody(PNG);
        big = Arrays.copyOf(big, 2 * 1024 * 1024 + 1);
        refused(upload(path, "big.png", big, d.buyer().login()), 413, "CMP-1");
        assertEquals(400, upload(path, "empty.png", new byte[0], d.buyer().login()).status());
        assertEquals(0, Api.get(path, d.buyer().login()).array().size());
        assertEquals(413, Api.post("/complaints", "{\"facts\":\"" + "x".repeat(70_000)
                + "\"}", d.buyer().login()).status(), "JSON keeps its own limit");
    }

    @Test
    @DisplayName("CMP-4 an anonymous informant adds evidence with the tracking code; STAFF"
            + " reads it without a name, the accused never sees it")
    void accusationEvidenceSealed() {
        NewMember.Registered accused = NewMember.person();
        NewMember.Registered informant = NewMember.person();
        JsonObject receipt = created(Api.post("/accusations",
                accusationJson("MEMBER", accused.id(), true), informant.login()));
        String byId = "/accusations/" + id(receipt) + "/evidence";
        String tracked = "/accusations/tracking/" + receipt.getString("trackingCode")
                + "/evidence";

        JsonObject pdf = created(upload(tracked, "proof.pdf", PDF, Api.ANONYMOUS));
        created(upload(byId, "screen.png", PNG, informant.login()));
        created(upload(byId, "mine.png", PNG, accused.login()));

        Api.Answer staff = Api.get(byId, Api.STAFF);
        assertEquals(3, staff.array().size(), staff::text);
        assertFalse(staff.text().contains(informant.username()), staff::text);
        assertEquals(1, Api.get(byId, accused.login()).array().size());
        assertEquals("ACCUSED", Api.get(byId, accused.login()).array().getJsonObject(0)
                .getString("side"));
        assertEquals(404, download(byId + "/" + id(pdf), accused.login()).statusCode());
        assertEquals(2, Api.get(tracked, Api.ANONYMOUS).array().size());
        assertArrayEquals(PDF, download(tracked + "/" + id(pdf), Api.ANONYMOUS).body());
        assertArrayEquals(PDF, download(byId + "/" + id(pdf), Api.STAFF).body());
        assertOnlyOwnLogins(informant.username());
    }

    @Test
    @DisplayName("CMP-1 a party files a numbered complaint; another member sees 404")
    void fileComplaint() {
        Deal d = deal();

        JsonObject filed = complain(d, "PAID_NOT_SHIPPED");
        assertEquals("SUBMITTED", filed.getString("status"));
        assertTrue(filed.getString("caseNumber").matches("C-\\d{4}-\\d{6,}"), filed::toString);

        String path = "/complaints/" + id(filed);
        JsonObject seen = ok(Api.get(path, d.seller().login()));
        assertEquals(d.seller().id(), seen.getJsonNumber("respondentId").longValue());
        assertEquals("API", seen.getString("channel"));
        assertEquals("FILED", seen.getJsonArray("timeline").getJsonObject(0).getString("kind"));
        assertEquals(404, Api.get(path, NewMember.person().login()).status());
        assertEquals(401, Api.get(path, Api.ANONYMOUS).status());
        refused(Api.post("/complaints", "{\"tradeId\":" + d.tradeId()
                + ",\"type\":\"OTHER\",\"facts\":\"again\"}", d.buyer().login()), 409, "CMP-1");
    }

    @Test
    @DisplayName("CMP-1 STAFF records PHONE complaints and questions; members may not")
    void staffRecordsPhone() {
        Deal d = deal();
        String body = "{\"tradeId\":" + d.tradeId() + ",\"type\":\"WON_NOT_BOUGHT\","
                + "\"facts\":\"Called on Tuesday\",\"channel\":\"PHONE\",\"complainantId\":"
                + d.seller().id() + "}";

        JsonObject filed = created(Api.post("/complaints", body, Api.STAFF));

        JsonObject seen = ok(Api.get("/complaints/" + id(filed), d.seller().login()));
        assertEquals("PHONE", seen.getString("channel"));
        assertEquals(d.buyer().id(), seen.getJsonNumber("respondentId").longValue());
        assertEquals(400, Api.post("/complaints", body.replace("PHONE", "WEB"), Api.STAFF)
                .status());
        String question = "{\"question\":\"Fees?\",\"contact\":\"a@example.com\","
                + "\"channel\":\"EMAIL\"}";
        assertEquals("EMAIL", created(Api.post("/consultations", question, Api.STAFF))
                .getString("channel"));
        assertEquals(400, Api.post("/consultations", question, Api.ANONYMOUS).status());
    }

    @Test
    @DisplayName("CMP-1 bad complaints are 400 with field errors; a stranger's trade is 404")
    void badComplaints() {
        Deal d = deal();

        Api.Answer bad = Api.post("/complaints", "{\"tradeId\":" + d.tradeId()
                + ",\"type\":\"RUDE\"}", d.buyer().login());
        assertEquals(400, bad.status(), bad::toString);
        assertTrue(bad.text().contains("\"type\"") && bad.text().contains("\"facts\""), bad::text);
        assertEquals(400, Api.post("/complaints", "{\"tradeId\":\"x\"}", d.buyer().login())
                .status());
        assertEquals(404, Api.post("/complaints", "{\"tradeId\":" + d.tradeId()
                + ",\"type\":\"OTHER\",\"facts\":\"x\"}", NewMember.person().login()).status());
    }

    @Test
    @DisplayName("CMP-1 a repeated Idempotency-Key files one complaint")
    void idempotent() {
        Deal d = deal();
        String body = "{\"tradeId\":" + d.tradeId() + ",\"type\":\"OTHER\",\"facts\":\"x\"}";
        Map<String, String> key = Map.of("Idempotency-Key", "cmp-" + d.tradeId());

        Api.Answer first = Api.send("POST", "/complaints", body, d.buyer().login(), key);
        Api.Answer again = Api.send("POST", "/complaints", body, d.buyer().login(), key);

        assertEquals(201, again.status(), again::toString);
        assertEquals(id(first.json()), id(again.json()));
    }

    @Test
    @DisplayName("CMP-4 a logged-out repeat of an anonymous accusation's Idempotency-Key files"
            + " nothing new and gets no tracking code")
    void anonymousReplayGetsNoTrackingCode() {
        NewMember.Registered accused = NewMember.person();
        String body = accusationJson("MEMBER", accused.id(), true);
        Map<String, String> key = Map.of("Idempotency-Key", "acc-" + accused.id());

        JsonObject first = created(Api.send("POST", "/accusations", body, Api.ANONYMOUS, key));
        JsonObject replay = created(Api.send("POST", "/accusations", body, Api.ANONYMOUS, key));

        String code = first.getString("trackingCode");
        assertEquals(id(first), id(replay));
        assertTrue(replay.isNull("trackingCode"), replay::toString);
        assertFalse(replay.toString().contains(code), replay::toString);
        assertEquals(id(first), id(ok(Api.get("/accusations/tracking/" + code,
                Api.ANONYMOUS))));
    }

    @Test
    @DisplayName("CMP-2 a rejection must cite a rule, and the complainant reads it")
    void rejection() {
        Deal d = deal();
        long id = id(complain(d, "OTHER"));

        Api.Answer noRule = Api.post("/complaints/" + id + "/admission",
                "{\"accepted\":false,\"reason\":\"not a trade harm\"}", Api.STAFF);
        assertEquals(400, noRule.status(), noRule::toString);
        JsonObject rejected = ok(Api.post("/complaints/" + id + "/admission",
                "{\"accepted\":false,\"rule\":\"CMP-1\",\"reason\":\"not a trade harm\"}",
                Api.STAFF));
        assertEquals("REJECTED", rejected.getString("status"));
        assertEquals("CMP-1", ok(Api.get("/complaints/" + id, d.buyer().login()))
                .getString("rejectionRule"));
        assertEquals(403, Api.post("/complaints/" + id + "/admission", "{\"accepted\":true}",
                d.buyer().login()).status());
    }

    @Test
    @DisplayName("CMP-3 mediation fails after a refusal and a party exports the case file")
    void mediationFails() {
        Deal d = deal();
        long id = id(complain(d, "PAID_NOT_SHIPPED"));
        String path = "/complaints/" + id;
        refused(Api.get(path + "/case-file", d.buyer().login()), 409, "CMP-3");

        ok(Api.post(path + "/admission", "{\"accepted\":true}", Api.STAFF));
        ok(Api.post(path + "/mediator", "{}", Api.STAFF));
        created(Api.post(path + "/statements", "{\"text\":\"I paid on Monday\"}",
                d.buyer().login()));
        created(Api.post(path + "/statements", "{\"text\":\"Out of stock\"}",
                d.seller().login()));
        created(upload(path + "/evidence", "receipt.pdf", PDF, d.buyer().login()));
        ok(Api.post(path + "/proposal", "{\"text\":\"Full refund\"}", Api.STAFF));
        ok(Api.post(path + "/answer", "{\"accept\":true}", d.buyer().login()));
        JsonObject refusedOne = ok(Api.post(path + "/answer", "{\"accept\":false}",
                d.seller().login()));
        assertEquals("IN_MEDIATION", refusedOne.getString("status"));
        assertEquals("MEDIATION_FAILED", ok(Api.post(path + "/failure",
                "{\"reason\":\"no agreement\"}", Api.STAFF)).getString("status"));

        Api.Answer file = Api.get(path + "/case-file", d.seller().login());
        JsonObject export = ok(file);
        assertTrue(file.header("Content-Disposition").contains(export.getString("caseNumber")));
        assertEquals(d.tradeId(), export.getJsonObject("trade").getJsonNumber("id").longValue());
        JsonArray timeline = export.getJsonObject("complaint").getJsonArray("timeline");
        assertEquals(11, timeline.size(), timeline::toString);
        assertEquals("EXPORTED", timeline.getJsonObject(10).getString("kind"));
        JsonObject pdf = export.getJsonArray("evidence").getJsonObject(0);
        assertEquals("receipt.pdf", pdf.getString("fileName"));
        assertEquals(PDF.length, pdf.getJsonNumber("sizeBytes").longValue());
        assertEquals(sha256(PDF), pdf.getString("sha256"));
        assertTrue(auditLines().stream().anyMatch(l -> "CASE_FILE_EXPORTED".equals(
                l.getString("action")) && export.getString("caseNumber").equals(
                l.getString("target"))), "DS-3 the export is audited");
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("CMP-3 a mediator must be a STAFF account: an AUDITOR, a member or an"
            + " unknown name is 400 and changes nothing")
    void mediatorIsStaff() {
        Deal d = deal();
        String path = "/complaints/" + id(complain(d, "OTHER"));
        ok(Api.post(path + "/admission", "{\"accepted\":true}", Api.STAFF));

        for (String name : new String[] {"auditor", d.seller().username(), "nobody-here-7"}) {
            Api.Answer a = Api.post(path + "/mediator", "{\"mediator\":\"" + name + "\"}",
                    Api.STAFF);
            assertEquals(400, a.status(), a::toString);
        }

        assertEquals("ACCEPTED", ok(Api.get(path, Api.STAFF)).getString("status"));
        assertEquals("staff", ok(Api.post(path + "/mediator", "{\"mediator\":\"staff\"}",
                Api.STAFF)).getString("mediator"));
    }

    @Test
    @DisplayName("CMP-3 DS-3 a mediator account STAFF added takes over a case and alone"
            + " proposes; once disabled it can be assigned no more")
    void mediatorAccount() {
        String path = acceptedComplaint();
        Api.Login mediator = NewStaff.added("STAFF", Api.STAFF);
        String name = mediator.username();

        assertEquals(name, ok(Api.post(path + "/mediator", "{\"mediator\":\"" + name + "\"}",
                Api.STAFF)).getString("mediator"));
        refused(Api.post(path + "/proposal", "{\"text\":\"Refund\"}", Api.STAFF), 409,
                "CMP-3");
        ok(Api.post(path + "/proposal", "{\"text\":\"Half refund\"}", mediator));

        ok(Api.post("/admin/accounts/" + name + "/disable", "{}", Api.STAFF));
        assertEquals(400, Api.post(acceptedComplaint() + "/mediator", "{\"mediator\":\"" + name
                + "\"}", Api.STAFF).status());
    }

    /** The path of a fresh complaint of type OTHER that STAFF has accepted. */
    private static String acceptedComplaint() {
        String path = "/complaints/" + id(complain(deal(), "OTHER"));
        ok(Api.post(path + "/admission", "{\"accepted\":true}", Api.STAFF));
        return path;
    }

    @Test
    @DisplayName("CMP-3 both parties accept the proposal and the case is SETTLED")
    void settled() {
        Deal d = deal();
        String path = "/complaints/" + id(complain(d, "NOT_AS_DESCRIBED"));
        ok(Api.post(path + "/admission", "{\"accepted\":true}", Api.STAFF));
        refused(Api.post(path + "/proposal", "{\"text\":\"Refund\"}", Api.STAFF), 409, "CMP-3");
        ok(Api.post(path + "/mediator", "{}", Api.STAFF));
        ok(Api.post(path + "/proposal", "{\"text\":\"Half refund\"}", Api.STAFF));

        ok(Api.post(path + "/answer", "{\"accept\":true}", d.seller().login()));
        refused(Api.post(path + "/answer", "{\"accept\":true}", d.seller().login()), 409,
                "CMP-3");
        JsonObject done = ok(Api.post(path + "/answer", "{\"accept\":true}", d.buyer().login()));

        assertEquals("SETTLED", done.getString("status"));
        refused(Api.post(path + "/withdrawal", "{}", d.buyer().login()), 409, "CMP-3");
    }

    @Test
    @DisplayName("CR-11 a MALICIOUS_EVALUATION complaint ends with the evaluation removed")
    void maliciousEvaluation() {
        Deal d = deal();
        String trade = "/trades/" + d.tradeId();
        ok(Api.post(trade + "/payment", null, d.buyer().login()));
        ok(Api.post(trade + "/shipment", SHIPMENT, d.seller().login()));
        ok(Api.post(trade + "/receipt", null, d.buyer().login()));
        created(Api.post(trade + "/evaluations", "{\"rating\":\"PRAISE\"}", d.buyer().login()));
        long poor = id(created(Api.post(trade + "/evaluations",
                "{\"rating\":\"POOR\",\"comment\":\"rude buyer\"}", d.seller().login())));
        String path = "/complaints/" + id(complain(d, "MALICIOUS_EVALUATION"));
        ok(Api.post(path + "/admission", "{\"accepted\":true}", Api.STAFF));

        JsonObject done = ok(Api.post(path + "/evaluation-removal", "{\"evaluationId\":" + poor
                + ",\"reason\":\"retaliation for a complaint\"}", Api.STAFF));

        assertEquals("SETTLED", done.getString("status"));
        assertEquals(poor, done.getJsonNumber("removedEvaluationId").longValue());
        Api.Answer left = Api.get(trade + "/evaluations", Api.STAFF);
        assertEquals(200, left.status(), left::toString);
        assertTrue(left.array().stream().noneMatch(v -> id(v.asJsonObject()) == poor),
                left::text);
    }

    @Test
    @DisplayName("CMP-4 an anonymous informant is sealed from the accused, STAFF, queues,"
            + " exports and the audit trail, and no one unseals without a request (DS-4)")
    void informantSealed() {
        NewMember.Registered seller = NewMember.verifiedPerson();
        long listing = listing(seller);
        NewMember.Registered informant = NewMember.person();

        JsonObject receipt = created(Api.post("/accusations",
                accusationJson("LISTING", listing, true), informant.login()));
        long id = id(receipt);
        String code = receipt.getString("trackingCode");
        assertEquals("SUBMITTED", receipt.getString("status"));

        String path = "/accusations/" + id;
        String name = informant.username();
        for (Api.Answer read : new Api.Answer[] {Api.get(path, seller.login()),
                Api.get(path, Api.STAFF),
                Api.get("/accusations/tracking/" + code, Api.ANONYMOUS)}) {
            assertEquals(200, read.status(), read::toString);
            assertTrue(read.json().isNull("informant"), read::toString);
            assertFalse(read.text().contains(name), read::text);
        }
        assertEquals(name, ok(Api.get(path, informant.login())).getString("informant"));
        assertEquals(200, Api.get("/accusations/tracking/" + code, Api.ANONYMOUS).status());
        assertEquals(404, Api.get(path, NewMember.person().login()).status());
        for (String status : new String[] {"SUBMITTED", "UPHELD"}) {
            Api.Answer queue = Api.get("/cases/queue?kind=ACCUSATION&status=" + status
                    + "&size=100", Api.STAFF);
            assertFalse(ok(queue).toString().contains(name), queue::text);
        }
        assertFalse(ok(Api.get("/cases/counts", Api.AUDITOR)).toString().contains(name));
        assertFalse(Api.get("/members/" + seller.id() + "/credit", Api.ANONYMOUS).text()
                .contains(name));

        ok(Api.post(path + "/appeal", "{\"text\":\"My own photos\"}", seller.login()));
        ok(Api.post(path + "/decision", "{\"outcome\":\"UPHELD\",\"reason\":\"copied\"}",
                Api.STAFF));
        assertFalse(Api.get(path, Api.STAFF).text().contains(name));
        assertOnlyOwnLogins(name);

        assertEquals(404, Api.post(path + "/informant", "{\"reason\":\"court order 12\"}",
                Api.AUDITOR).status(), "DS-4 no direct release without an approved request");
        assertOnlyOwnLogins(name);
    }

    @Test
    @DisplayName("CMP-4 the accused's own data download (PRV-4) never names an anonymous"
            + " informant, before or after the decision")
    void informantSealedInTheAccusedsData() {
        NewMember.Registered accused = NewMember.person();
        NewMember.Registered informant = NewMember.person();
        long id = id(created(Api.post("/accusations", accusationJson("MEMBER", accused.id(),
                true), informant.login())));

        assertSealedInDataOf(accused, informant, id);
        ok(Api.post("/accusations/" + id + "/appeal", "{\"text\":\"Not me\"}",
                accused.login()));
        ok(Api.post("/accusations/" + id + "/decision",
                "{\"outcome\":\"UNFOUNDED\",\"reason\":\"no proof\"}", Api.STAFF));

        assertSealedInDataOf(accused, informant, id);
    }

    private static void assertSealedInDataOf(NewMember.Registered accused,
            NewMember.Registered informant, long accusation) {
        Api.Answer data = Api.get("/members/me/data", accused.login());
        assertEquals(200, data.status(), data::toString);
        assertTrue(data.text().contains("Accusation " + accusation), "the notice is there");
        for (String identity : new String[] {informant.username(), informant.email(),
            informant.phone()}) {
            assertFalse(data.text().contains(identity), data::text);
        }
    }

    @Test
    @DisplayName("DS-4 CMP-4 STAFF reads a sealed informant only under an AUDITOR's approval,"
            + " every step audited, and the informant is sealed again when the grant runs out")
    void breakGlass() {
        NewMember.Registered accused = NewMember.person();
        NewMember.Registered informant = NewMember.person();
        long id = id(created(Api.post("/accusations", accusationJson("MEMBER", accused.id(),
                true), informant.login())));
        String requests = "/accusations/" + id + "/unseal-requests";
        String reason = "{\"reason\":\"police request 7\"}";

        assertEquals(400, Api.post(requests, "{}", Api.STAFF).status());
        assertEquals(403, Api.post(requests, reason, accused.login()).status());
        JsonObject filed = created(Api.post(requests, reason, Api.STAFF));
        assertEquals("PENDING", filed.getString("status"));
        String request = "/unseal-requests/" + id(filed);
        refused(Api.get(request + "/informant", Api.STAFF), 409, "DS-4");
        assertEquals(403, Api.post(request + "/decision", "{\"approved\":true}", Api.STAFF)
                .status());
        assertEquals(403, Api.get("/unseal-requests/pending", Api.STAFF).status());
        Api.Answer pending = Api.get("/unseal-requests/pending", Api.AUDITOR);
        assertEquals(200, pending.status(), pending::toString);
        assertTrue(pending.array().stream().anyMatch(r -> id(r.asJsonObject()) == id(filed)));
        assertFalse(pending.text().contains(informant.username()), pending::text);

        JsonObject approved = ok(Api.post(request + "/decision", "{\"approved\":true}",
                Api.AUDITOR));
        assertEquals("APPROVED", approved.getString("status"));
        assertTrue(approved.getBoolean("grantActive"));
        refused(Api.post(request + "/decision", "{\"approved\":false}", Api.AUDITOR), 409,
                "DS-4");
        assertEquals(404, Api.get(request + "/informant", Api.AUDITOR).status(),
                "only the requester reads under the grant");
        JsonObject read = ok(Api.get(request + "/informant", Api.STAFF));
        assertEquals(informant.username(), read.getString("informant"));
        assertFalse(Api.get("/accusations/" + id, Api.STAFF).text()
                .contains(informant.username()), "the accusation itself stays sealed");

        for (String action : new String[] {"UNSEAL_REQUESTED", "UNSEAL_APPROVED",
            "INFORMANT_UNSEALED", "INFORMANT_READ_REFUSED"}) {
            assertTrue(auditLines().stream().anyMatch(l -> action.equals(l.getString("action"))
                    && l.getString("target").contains("accusation " + id)), action);
        }
        assertOnlyOwnLogins(informant.username());

        ok(Api.post("/admin/clock", "{\"advance\":\"PT31M\"}", Api.STAFF));

        refused(Api.get(request + "/informant", Api.STAFF), 409, "DS-4");
        assertFalse(ok(Api.get(request, Api.STAFF)).getBoolean("grantActive"));
        List<JsonObject> refusals = auditLines().stream()
                .filter(l -> "INFORMANT_READ_REFUSED".equals(l.getString("action"))
                        && l.getString("target").startsWith("unseal request " + id(filed) + " ("))
                .toList();
        assertEquals(3, refusals.size(), "before approval, by the approver, after the grant");
        assertTrue(refusals.stream().allMatch(l -> "DENIED".equals(l.getString("outcome"))));
        assertOnlyOwnLogins(informant.username());
    }

    @Test
    @DisplayName("CMP-4 CMP-5 a member's list holds the accusations about them, never naming"
            + " an anonymous informant, and those they filed, anonymous ones included")
    void memberAccusationList() {
        NewMember.Registered accused = NewMember.person();
        NewMember.Registered informant = NewMember.person();
        NewMember.Registered other = NewMember.person();
        long sealed = id(created(Api.post("/accusations", accusationJson("MEMBER", accused.id(),
                true), informant.login())));
        long elsewhere = id(created(Api.post("/accusations", accusationJson("MEMBER",
                other.id(), false), informant.login())));

        Api.Answer mine = Api.get("/accusations/mine", accused.login());
        assertEquals(200, mine.status(), mine::toString);
        JsonObject line = lineOf(mine, sealed);
        assertTrue(line.getBoolean("aboutMe"));
        assertFalse(line.getBoolean("appealed"));
        assertEquals("SUBMITTED", line.getString("status"));
        assertFalse(mine.text().contains(informant.username()), mine::text);
        assertTrue(items(mine).stream().noneMatch(l -> id(l) == elsewhere), mine::text);
        assertEquals(1, mine.json().getInt("total"));

        Api.Answer filed = Api.get("/accusations/mine?size=5", informant.login());
        assertFalse(lineOf(filed, sealed).getBoolean("aboutMe"));
        assertFalse(lineOf(filed, elsewhere).getBoolean("aboutMe"));
        assertEquals(2, filed.json().getInt("total"));
        Api.Answer second = Api.get("/accusations/mine?page=1&size=1", informant.login());
        assertEquals(List.of(sealed), items(second).stream().map(l -> id(l)).toList(),
                "newest first: the second of two is the first filed");
        assertEquals(0, Api.get("/accusations/mine", NewMember.person().login()).json()
                .getInt("total"));

        ok(Api.post("/accusations/" + sealed + "/appeal", "{\"text\":\"not me\"}",
                accused.login()));
        assertTrue(lineOf(Api.get("/accusations/mine", accused.login()), sealed)
                .getBoolean("appealed"));
        assertEquals(400, Api.get("/accusations/mine?size=x", accused.login()).status());
        assertEquals(401, Api.get("/accusations/mine", Api.ANONYMOUS).status());
        assertEquals(403, Api.get("/accusations/mine", Api.STAFF).status());
    }

    private static JsonObject lineOf(Api.Answer list, long id) {
        return items(list).stream().filter(l -> id(l) == id).findFirst()
                .orElseThrow(() -> new AssertionError(id + " in " + list.text()));
    }

    private static List<JsonObject> items(Api.Answer list) {
        assertEquals(200, list.status(), list::toString);
        return list.json().getJsonArray("items").stream().map(v -> v.asJsonObject()).toList();
    }

    @Test
    @DisplayName("DS-4 nobody approves their own unseal request, a second AUDITOR does; a"
            + " refused one grants nothing; a real-name accusation has nothing to unseal")
    void unsealRefusals() {
        NewMember.Registered accused = NewMember.person();
        NewMember.Registered informant = NewMember.person();
        long sealed = id(created(Api.post("/accusations", accusationJson("MEMBER", accused.id(),
                true), informant.login())));
        long named = id(created(Api.post("/accusations", accusationJson("MEMBER", accused.id(),
                false), informant.login())));
        String reason = "{\"reason\":\"audit sample\"}";

        JsonObject own = created(Api.post("/accusations/" + sealed + "/unseal-requests", reason,
                Api.AUDITOR));
        refused(Api.post("/unseal-requests/" + id(own) + "/decision", "{\"approved\":true}",
                Api.AUDITOR), 409, "DS-4");
        assertEquals("PENDING", ok(Api.get("/unseal-requests/" + id(own), Api.AUDITOR))
                .getString("status"));
        refused(Api.get("/unseal-requests/" + id(own) + "/informant", Api.AUDITOR), 409,
                "DS-4");
        Api.Login second = NewStaff.added("AUDITOR", Api.AUDITOR);
        assertEquals("APPROVED", ok(Api.post("/unseal-requests/" + id(own) + "/decision",
                "{\"approved\":true}", second))
                .getString("status"), "a second AUDITOR approves the first one's request");
        assertEquals(informant.username(), ok(Api.get("/unseal-requests/" + id(own)
                + "/informant", Api.AUDITOR)).getString("informant"));

        JsonObject staffs = created(Api.post("/accusations/" + sealed + "/unseal-requests",
                reason, Api.STAFF));
        assertEquals(400, Api.post("/unseal-requests/" + id(staffs) + "/decision", "{}",
                Api.AUDITOR).status());
        assertEquals("REFUSED", ok(Api.post("/unseal-requests/" + id(staffs) + "/decision",
                "{\"approved\":false}", Api.AUDITOR)).getString("status"));
        refused(Api.get("/unseal-requests/" + id(staffs) + "/informant", Api.STAFF), 409,
                "DS-4");
        assertTrue(auditLines().stream().anyMatch(l -> "UNSEAL_REFUSED".equals(
                l.getString("action")) && l.getString("target").contains("" + id(staffs))));

        refused(Api.post("/accusations/" + named + "/unseal-requests", reason, Api.STAFF), 409,
                "DS-4");
        assertEquals(404, Api.post("/accusations/9999999/unseal-requests", reason, Api.STAFF)
                .status());
    }

    /**
     * DS-3 records every login, so the informant's own LOGIN lines name them; no other
     * line may (not the filing, the decision, the penalty or the release).
     */
    private static void assertOnlyOwnLogins(String name) {
        for (JsonObject line : auditLines()) {
            if (line.toString().contains(name)) {
                assertEquals("LOGIN", line.getString("action"), line::toString);
                assertEquals(name, line.getString("actor"), line::toString);
            }
        }
    }

    private static List<JsonObject> auditLines() {
        Api.Answer a = Api.get("/audit?size=100", Api.AUDITOR);
        assertEquals(200, a.status(), a::toString);
        return a.json().getJsonArray("items").stream().map(v -> v.asJsonObject()).toList();
    }

    @Test
    @DisplayName("CMP-4 a real-name informant is named, and anonymous is needed without login")
    void realName() {
        NewMember.Registered accused = NewMember.person();
        NewMember.Registered informant = NewMember.person();

        JsonObject receipt = created(Api.post("/accusations",
                accusationJson("MEMBER", accused.id(), false), informant.login()));

        assertTrue(receipt.isNull("trackingCode"));
        assertEquals(informant.username(), ok(Api.get("/accusations/" + id(receipt),
                accused.login())).getString("informant"));
        Api.Answer noLogin = Api.post("/accusations", accusationJson("MEMBER", accused.id(),
                false), Api.ANONYMOUS);
        assertEquals(400, noLogin.status(), noLogin::toString);
        created(Api.post("/accusations", accusationJson("MEMBER", accused.id(), true),
                Api.ANONYMOUS));
        assertEquals(404, Api.post("/accusations", accusationJson("LISTING", 9_999_999, true),
                Api.ANONYMOUS).status());
    }

    @Test
    @DisplayName("CMP-5 the accused appeals once; a second appeal is 409 with the rule")
    void appealOnce() {
        NewMember.Registered accused = NewMember.person();
        long id = id(created(Api.post("/accusations", accusationJson("MEMBER", accused.id(),
                true), Api.ANONYMOUS)));
        String path = "/accusations/" + id + "/appeal";

        assertEquals(404, Api.post(path, "{\"text\":\"not me\"}", NewMember.person().login())
                .status());
        assertEquals("APPEALED", ok(Api.post(path, "{\"text\":\"The photos are mine\"}",
                accused.login())).getString("status"));
        refused(Api.post(path, "{\"text\":\"again\"}", accused.login()), 409, "CMP-5");
    }

    @Test
    @DisplayName("CMP-5 an appeal after 7 days is 409 with the rule")
    void lateAppeal() {
        NewMember.Registered accused = NewMember.person();
        long id = id(created(Api.post("/accusations", accusationJson("MEMBER", accused.id(),
                true), Api.ANONYMOUS)));

        ok(Api.post("/admin/clock", "{\"advance\":\"P8D\"}", Api.STAFF));

        refused(Api.post("/accusations/" + id + "/appeal", "{\"text\":\"late\"}",
                accused.login()), 409, "CMP-5");
    }

    @Test
    @DisplayName("CMP-5 STAFF may not decide while the accused can still appeal; after the"
            + " 7 days it may")
    void decisionWaitsForTheAppealWindow() {
        NewMember.Registered accused = NewMember.person();
        long id = id(created(Api.post("/accusations", accusationJson("MEMBER", accused.id(),
                true), Api.ANONYMOUS)));
        String decision = "/accusations/" + id + "/decision";
        String body = "{\"outcome\":\"UNFOUNDED\",\"reason\":\"no evidence\"}";

        refused(Api.post(decision, body, Api.STAFF), 409, "CMP-5");
        assertEquals("SUBMITTED", ok(Api.get("/accusations/" + id, Api.STAFF))
                .getString("status"), "the refusal changed nothing");
        ok(Api.post("/admin/clock", "{\"advance\":\"P8D\"}", Api.STAFF));

        assertEquals("UNFOUNDED", ok(Api.post(decision, body, Api.STAFF)).getString("status"));
    }

    @Test
    @DisplayName("CMP-6 upheld conduct accusations escalate per member: warning, temporary"
            + " freeze, permanent freeze")
    void penaltyLadder() {
        NewMember.Registered accused = NewMember.person();
        String[] expected = {"WARNING", "TEMPORARY_FREEZE", "PERMANENT_FREEZE"};
        long[] ids = new long[expected.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = id(created(Api.post("/accusations", accusationJson("MEMBER",
                    accused.id(), true), Api.ANONYMOUS)));
            ok(Api.post("/accusations/" + ids[i] + "/appeal", "{\"text\":\"Not me\"}",
                    accused.login()));
        }

        for (int i = 0; i < ids.length; i++) {
            JsonObject decided = ok(Api.post("/accusations/" + ids[i] + "/decision",
                    "{\"outcome\":\"UPHELD\",\"reason\":\"fraudulent offers\"}", Api.STAFF));
            assertEquals(expected[i], decided.getString("penalty"));
        }

        assertEquals(401, Api.get("/members/me", accused.login()).status(), "MEM-7 frozen");
        NewMember.Registered other = NewMember.person();
        long unfounded = id(created(Api.post("/accusations", accusationJson("MEMBER",
                other.id(), true), Api.ANONYMOUS)));
        ok(Api.post("/accusations/" + unfounded + "/appeal", "{\"text\":\"Untrue\"}",
                other.login()));
        JsonObject closed = ok(Api.post("/accusations/" + unfounded + "/decision",
                "{\"outcome\":\"UNFOUNDED\",\"reason\":\"no evidence\"}", Api.STAFF));
        assertTrue(closed.isNull("penalty"));
        refused(Api.post("/accusations/" + unfounded + "/decision",
                "{\"outcome\":\"UPHELD\",\"reason\":\"changed mind\"}", Api.STAFF), 409, "CMP-5");
    }

    @Test
    @DisplayName("CMP-7 a consultation is COMPLETED only after an answer was sent")
    void consultation() {
        JsonObject asked = created(Api.post("/consultations", "{\"question\":\"How does"
                + " escrow work?\",\"contact\":\"13912345678\"}", Api.ANONYMOUS));
        String path = "/consultations/" + id(asked);
        assertEquals("OPEN", asked.getString("status"));

        refused(Api.post(path + "/completion", null, Api.STAFF), 409, "CMP-7");
        ok(Api.post(path + "/answer", "{\"text\":\"The site holds the payment.\"}", Api.STAFF));
        assertEquals("COMPLETED", ok(Api.post(path + "/completion", null, Api.STAFF))
                .getString("status"));
        assertEquals(400, Api.post("/consultations", "{\"contact\":\"x\"}", Api.ANONYMOUS)
                .status());
    }

    @Test
    @DisplayName("CMP-7 a member who asked is told of the answer in the inbox")
    void answerReachesTheAsker() {
        NewMember.Registered asker = NewMember.person();
        long id = id(created(Api.post("/consultations", "{\"question\":\"Can I pay in"
                + " parts?\",\"contact\":\"13912345678\"}", asker.login())));

        ok(Api.post("/consultations/" + id + "/answer", "{\"text\":\"Not yet.\"}", Api.STAFF));

        Api.Answer inbox = Api.get("/members/me/messages", asker.login());
        assertEquals(200, inbox.status(), inbox::toString);
        assertTrue(inbox.array().stream().map(v -> v.asJsonObject()).anyMatch(m ->
                m.getString("subject").equals("Answer to your question Q-" + id)
                        && m.getString("body").equals("Not yet.")), inbox::text);
    }

    @Test
    @DisplayName("CMP-8 the mediation deadline pauses while a proposal waits for the parties")
    void clockPausesForTheParties() {
        Deal d = deal();
        long id = id(complain(d, "NOT_AS_DESCRIBED"));
        String path = "/complaints/" + id;
        ok(Api.post(path + "/admission", "{\"accepted\":true}", Api.STAFF));
        ok(Api.post(path + "/mediator", "{}", Api.STAFF));
        ok(Api.post(path + "/proposal", "{\"text\":\"Half refund\"}", Api.STAFF));

        ok(Api.post("/admin/clock", "{\"advance\":\"P30D\"}", Api.STAFF));

        assertFalse(queued(id, "PROPOSED").getBoolean("overdue"), "waiting for the parties");
        ok(Api.post(path + "/answer", "{\"accept\":false}", d.seller().login()));
        JsonObject back = queued(id, "IN_MEDIATION");
        assertFalse(back.getBoolean("overdue"), back::toString);
        ok(Api.post("/admin/clock", "{\"advance\":\"P20D\"}", Api.STAFF));
        assertTrue(queued(id, "IN_MEDIATION").getBoolean("overdue"), "the clock runs again");
    }

    private static JsonObject queued(long id, String status) {
        JsonObject queue = ok(Api.get("/cases/queue?kind=COMPLAINT&status=" + status
                + "&size=100", Api.STAFF));
        return queue.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(o -> id(o) == id).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("CMP-8 STAFF queues show age, due time and overdue; AUDITOR sees counts")
    void queues() {
        Deal d = deal();
        long id = id(complain(d, "OTHER"));

        JsonObject queue = ok(Api.get("/cases/queue?kind=COMPLAINT&status=SUBMITTED&size=100",
                Api.STAFF));
        JsonObject mine = queue.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(o -> id(o) == id).findFirst().orElseThrow();
        assertFalse(mine.isNull("dueAt"));
        assertTrue(mine.containsKey("overdue") && mine.containsKey("ageHours"));
        JsonObject counts = ok(Api.get("/cases/counts", Api.AUDITOR));
        assertTrue(counts.getJsonObject("complaints").getInt("SUBMITTED") >= 1);
        assertEquals(403, Api.get("/cases/queue?kind=COMPLAINT&status=SUBMITTED",
                Api.AUDITOR).status());
        assertEquals(400, Api.get("/cases/queue?kind=PARCEL&status=SUBMITTED", Api.STAFF)
                .status());
    }
}
