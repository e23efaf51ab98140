package org.marketgov.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The listing and trade part of the partner API (API.md "Listings and trades"), over
 * HTTP. Every test registers its own seller and buyer, so tests share nothing but the
 * site clock, which only moves forward.
 */
@ExtendWith(RequiresDeployment.class)
class TradingApiIT {

    private static final String SHIPMENT = "{\"carrier\":\"SF Express\","
            + "\"trackingNumber\":\"SF1234567890\"}";

    /** A verified seller with one published listing, and a buyer. */
    private record Market(NewMember.Registered seller, NewMember.Registered buyer,
            long listingId) {
    }

    private static Market market(String price, Integer stock, boolean verifiedBuyer) {
        NewMember.Registered seller = NewMember.verifiedPerson();
        NewMember.Registered buyer = verifiedBuyer ? NewMember.verifiedPerson()
                : NewMember.person();
        String body = "{\"title\":\"Tea set\",\"description\":\"Porcelain, six cups\","
                + "\"section\":\"HOME\",\"price\":\"" + price + "\""
                + (stock == null ? "" : ",\"stock\":" + stock) + "}";
        Api.Answer listing = Api.post("/listings", body, seller.login());
        assertEquals(201, listing.status(), listing::toString);
        assertEquals("PUBLISHED", listing.json().getString("status"));
        return new Market(seller, buyer, listing.json().getJsonNumber("id").longValue());
    }

    private static long openTrade(Market m, int quantity, String method) {
        Api.Answer a = Api.post("/trades", tradeJson(m.listingId(), quantity, method),
                m.buyer().login());
        assertEquals(201, a.status(), a::toString);
        return a.json().getJsonNumber("id").longValue();
    }

    private static String tradeJson(long listingId, int quantity, String method) {
        return "{\"listingId\":" + listingId + ",\"quantity\":" + quantity
                + ",\"paymentMethod\":\"" + method + "\"}";
    }

    private static JsonObject ok(Api.Answer a) {
        assertEquals(200, a.status(), a::toString);
        return a.json();
    }

    private static void refused(Api.Answer a, int status, String rule) {
        assertEquals(status, a.status(), a::toString);
        assertTrue(a.contentType().startsWith("application/problem+json"), a::contentType);
        assertEquals(rule, a.json().getString("rule"), a::toString);
    }

    @Test
    @DisplayName("RISK-3 listed, opened, paid, shipped and received: the trade is COMPLETED")
    void tradeFlow() {
        Market m = market("128.50", 3, true);

        Api.Answer opened = Api.post("/trades", tradeJson(m.listingId(), 2, "ESCROW"),
                m.buyer().login());
        assertEquals(201, opened.status(), opened::toString);
        JsonObject t = opened.json();
        long id = t.getJsonNumber("id").longValue();
        assertEquals("CREATED", t.getString("status"));
        assertEquals(m.buyer().id(), t.getJsonNumber("buyerId").longValue());
        assertEquals(m.seller().id(), t.getJsonNumber("sellerId").longValue());
        assertEquals("257.00", t.getString("amount"));
        assertFalse(t.isNull("createdAt"));

        assertEquals("PAID", ok(Api.post("/trades/" + id + "/payment", null, m.buyer().login()))
                .getString("status"));
        assertEquals("SHIPPED", ok(Api.post("/trades/" + id + "/shipment", SHIPMENT,
                m.seller().login())).getString("status"));
        JsonObject done = ok(Api.post("/trades/" + id + "/receipt", null, m.buyer().login()));

        assertEquals("COMPLETED", done.getString("status"));
        assertFalse(done.isNull("completedAt"), done::toString);
        JsonObject seen = ok(Api.get("/trades/" + id, m.seller().login()));
        assertEquals("COMPLETED", seen.getString("status"));
        assertEquals("SF1234567890", seen.getString("trackingNumber"));
        assertEquals(1, ok(Api.get("/listings/" + m.listingId(), Api.ANONYMOUS)).getInt("stock"));
    }

    @Test
    @DisplayName("RISK-3 either party cancels before shipment and the stock comes back")
    void cancellation() {
        Market m = market("20.00", 2, true);
        long byBuyer = openTrade(m, 1, "BANK_TRANSFER");
        long bySeller = openTrade(m, 1, "CASH_ON_DELIVERY");
        ok(Api.post("/trades/" + bySeller + "/payment", null, m.buyer().login()));

        JsonObject first = ok(Api.post("/trades/" + byBuyer + "/cancellation", null,
                m.buyer().login()));
        JsonObject second = ok(Api.post("/trades/" + bySeller + "/cancellation", null,
                m.seller().login()));

        assertEquals("CANCELLED", first.getString("status"));
        assertEquals("BUYER", first.getString("cancelledBy"));
        assertEquals("CANCELLED", second.getString("status"));
        assertEquals("SELLER", second.getString("cancelledBy"));
        assertEquals(2, ok(Api.get("/listings/" + m.listingId(), Api.ANONYMOUS)).getInt("stock"));
    }

    @Test
    @DisplayName("RISK-3 illegal transitions and the wrong party are refused with the rule")
    void illegalTransitions() {
        Market m = market("15.00", null, true);
        long id = openTrade(m, 1, "ESCROW");
        String path = "/trades/" + id;

        refused(Api.post(path + "/shipment", SHIPMENT, m.seller().login()), 409, "RISK-3");
        refused(Api.post(path + "/receipt", null, m.buyer().login()), 409, "RISK-3");
        refused(Api.post(path + "/payment", null, m.seller().login()), 409, "RISK-3");
        ok(Api.post(path + "/payment", null, m.buyer().login()));
        refused(Api.post(path + "/payment", null, m.buyer().login()), 409, "RISK-3");
        refused(Api.post(path + "/shipment", SHIPMENT, m.buyer().login()), 409, "RISK-3");
        ok(Api.post(path + "/shipment", SHIPMENT, m.seller().login()));
        refused(Api.post(path + "/cancellation", null, m.buyer().login()), 409, "RISK-3");
        refused(Api.post(path + "/receipt", null, m.seller().login()), 409, "RISK-3");
        ok(Api.post(path + "/receipt", null, m.buyer().login()));
        refused(Api.post(path + "/cancellation", null, m.seller().login()), 409, "RISK-3");
        refused(Api.post(path + "/receipt", null, m.buyer().login()), 409, "RISK-3");

        assertEquals("COMPLETED", ok(Api.get(path, m.buyer().login())).getString("status"));
    }

    /** Sends the request once both racers are ready, so they reach the server together. */
    private static Callable<Api.Answer> racer(CyclicBarrier start, Supplier<Api.Answer> call) {
        return () -> {
            start.await(30, TimeUnit.SECONDS);
            return call.get();
        };
    }

    @Test
    @DisplayName("RISK-3 shipment racing cancellation: one wins, the other gets 409, never a 5xx")
    void shipmentRacingCancellation() throws Exception {
        int rounds = 6;
        Market m = market("25.00", rounds, true);
        int shipped = 0;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < rounds; round++) {
                String path = "/trades/" + openTrade(m, 1, "ESCROW");
                ok(Api.post(path + "/payment", null, m.buyer().login()));
                CyclicBarrier start = new CyclicBarrier(2);

                Future<Api.Answer> ship = pool.submit(racer(start, () -> Api.post(path
                        + "/shipment", SHIPMENT, m.seller().login())));
                Future<Api.Answer> cancel = pool.submit(racer(start, () -> Api.post(path
                        + "/cancellation", null, m.buyer().login())));
                Api.Answer s = ship.get(60, TimeUnit.SECONDS);
                Api.Answer c = cancel.get(60, TimeUnit.SECONDS);

                String seen = "round " + round + ": " + s + " / " + c;
                assertTrue(Set.of(200, 409).containsAll(Set.of(s.status(), c.status())), seen);
                assertEquals(1, (s.status() == 200 ? 1 : 0) + (c.status() == 200 ? 1 : 0), seen);
                Api.Answer loser = s.status() == 200 ? c : s;
                assertTrue(loser.contentType().startsWith("application/problem+json"), seen);
                JsonObject t = ok(Api.get(path, m.buyer().login()));
                if (s.status() == 200) {
                    shipped++;
                    assertEquals("SHIPPED", t.getString("status"), seen);
                    assertTrue(t.isNull("cancelledAt"), seen);
                } else {
                    assertEquals("CANCELLED", t.getString("status"), seen);
                    assertEquals("BUYER", t.getString("cancelledBy"), seen);
                    assertTrue(t.isNull("shippedAt"), seen);
                }
                assertTrue(ok(Api.get(path + "/record", m.seller().login()))
                        .getBoolean("intact"), seen);
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(rounds - shipped, ok(Api.get("/listings/" + m.listingId(), Api.ANONYMOUS))
                .getInt("stock"), "each cancelled trade gave its piece back, no more");
    }

    @Test
    @DisplayName("RISK-2 above the threshold only ESCROW is allowed")
    void escrowOnlyAboveThreshold() {
        Market m = market("10000.01", null, true);

        refused(Api.post("/trades", tradeJson(m.listingId(), 1, "BANK_TRANSFER"),
                m.buyer().login()), 409, "RISK-2");
        refused(Api.post("/trades", tradeJson(m.listingId(), 1, "CASH_ON_DELIVERY"),
                m.buyer().login()), 409, "RISK-2");
        Api.Answer escrow = Api.post("/trades", tradeJson(m.listingId(), 1, "ESCROW"),
                m.buyer().login());

        assertEquals(201, escrow.status(), escrow::toString);
    }

    @Test
    @DisplayName("RISK-2 at the threshold every method is allowed")
    void anyMethodAtThreshold() {
        Market m = market("5000.00", null, true);

        Api.Answer a = Api.post("/trades", tradeJson(m.listingId(), 2, "CASH_ON_DELIVERY"),
                m.buyer().login());

        assertEquals(201, a.status(), a::toString);
        assertEquals("10000.00", a.json().getString("amount"));
    }

    @Test
    @DisplayName("MEM-2 an unverified member buys up to the limit, not above, and cannot sell")
    void unverifiedBuyerLimit() {
        Market m = market("1000.00", null, false);

        Api.Answer within = Api.post("/trades", tradeJson(m.listingId(), 2, "ESCROW"),
                m.buyer().login());
        Api.Answer above = Api.post("/trades", tradeJson(m.listingId(), 3, "ESCROW"),
                m.buyer().login());
        Api.Answer sell = Api.post("/listings", "{\"title\":\"Bike\",\"description\":\"Red\","
                + "\"section\":\"OTHER\",\"price\":\"10.00\"}", m.buyer().login());

        assertEquals(201, within.status(), within::toString);
        refused(above, 409, "MEM-2");
        refused(sell, 409, "MEM-2");
    }

    @Test
    @DisplayName("RISK-4 another member's trade answers 404, anonymous 401, STAFF reads any trade")
    void privacyOfTrades() {
        Market m = market("30.00", null, true);
        long id = openTrade(m, 1, "ESCROW");
        NewMember.Registered stranger = NewMember.person();

        assertEquals(404, Api.get("/trades/" + id, stranger.login()).status());
        assertEquals(404, Api.get("/trades/" + id + "/record", stranger.login()).status());
        assertEquals(404, Api.post("/trades/" + id + "/cancellation", null, stranger.login())
                .status());
        assertEquals(401, Api.get("/trades/" + id, Api.ANONYMOUS).status());
        assertEquals(403, Api.get("/trades/" + id, Api.AUDITOR).status());
        assertEquals(id, ok(Api.get("/trades/" + id, Api.STAFF)).getJsonNumber("id").longValue());
        assertTrue(ok(Api.get("/trades/" + id + "/record", Api.STAFF)).getBoolean("intact"));
        assertEquals("CREATED", ok(Api.get("/trades/" + id, m.buyer().login()))
                .getString("status"));
    }

    @Test
    @DisplayName("RISK-4 the record chains every event by hash and verifies intact")
    void recordChain() {
        Market m = market("42.00", null, true);
        long id = openTrade(m, 1, "ESCROW");
        ok(Api.post("/trades/" + id + "/payment", null, m.buyer().login()));
        ok(Api.post("/trades/" + id + "/shipment", SHIPMENT, m.seller().login()));

        JsonObject record = ok(Api.get("/trades/" + id + "/record", m.buyer().login()));

        assertTrue(record.getBoolean("intact"), record::toString);
        var events = record.getJsonArray("events");
        assertTrue(events.size() >= 3, record::toString);
        String prev = "0".repeat(64);
        for (int i = 0; i < events.size(); i++) {
            JsonObject e = events.getJsonObject(i);
            assertEquals(i + 1, e.getInt("sequence"));
            assertEquals(prev, e.getString("prevHash"));
            prev = e.getString("hash");
        }
        assertEquals("OPENED", events.getJsonObject(0).getString("type"));
        assertTrue(record.toString().contains("SF1234567890"));
    }

    @Test
    @DisplayName("RISK-3 a shipped trade completes by itself once the confirmation days pass")
    void autoCompletion() {
        Market m = market("55.00", null, true);
        long id = openTrade(m, 1, "ESCROW");
        ok(Api.post("/trades/" + id + "/payment", null, m.buyer().login()));
        JsonObject shipped = ok(Api.post("/trades/" + id + "/shipment", SHIPMENT,
                m.seller().login()));
        assertFalse(shipped.isNull("autoCompletesAt"), shipped::toString);

        Api.Answer moved = Api.post("/admin/clock", "{\"advance\":\"P11D\"}", Api.STAFF);

        assertEquals(200, moved.status(), moved::toString);
        JsonObject t = ok(Api.get("/trades/" + id, m.buyer().login()));
        assertEquals("COMPLETED", t.getString("status"), t::toString);
        assertTrue(t.getBoolean("completedAutomatically"));
        assertFalse(t.isNull("completedAt"));
        assertTrue(ok(Api.get("/trades/" + id + "/record", m.seller().login())).toString()
                .contains("AUTO_COMPLETED"));
    }

    @Test
    @DisplayName("MEM-5 an open trade blocks the exit of both parties and is listed")
    void openTradeBlocksExit() {
        Market m = market("12.00", null, true);
        long id = openTrade(m, 1, "ESCROW");

        Api.Answer buyerLeaves = Api.delete("/members/me?reason=moving", m.buyer().login());
        Api.Answer sellerLeaves = Api.delete("/members/me?reason=moving", m.seller().login());

        refused(buyerLeaves, 409, "MEM-5");
        assertTrue(buyerLeaves.json().getJsonArray("blockingTrades").toString()
                .contains(String.valueOf(id)), buyerLeaves::toString);
        refused(sellerLeaves, 409, "MEM-5");
        ok(Api.post("/trades/" + id + "/cancellation", null, m.buyer().login()));
        assertEquals(204, Api.delete("/members/me?reason=moving", m.buyer().login()).status());
    }

    @Test
    @DisplayName("API a repeated POST /trades with the same Idempotency-Key opens one trade")
    void idempotentOpening() {
        Market m = market("9.90", 5, true);
        Map<String, String> key = Map.of("Idempotency-Key", "buy-" + m.listingId());
        String body = tradeJson(m.listingId(), 1, "ESCROW");

        Api.Answer first = Api.send("POST", "/trades", body, m.buyer().login(), key);
        Api.Answer again = Api.send("POST", "/trades", body, m.buyer().login(), key);
        Api.Answer otherBody = Api.send("POST", "/trades", tradeJson(m.listingId(), 2, "ESCROW"),
                m.buyer().login(), key);

        assertEquals(201, first.status(), first::toString);
        assertEquals(201, again.status(), again::toString);
        assertEquals(first.json().getJsonNumber("id"), again.json().getJsonNumber("id"));
        assertNotEquals(201, otherBody.status());
        assertEquals(4, ok(Api.get("/listings/" + m.listingId(), Api.ANONYMOUS)).getInt("stock"));
    }

    @Test
    @DisplayName("RISK-3 a sold-out listing and the seller's own listing cannot be bought")
    void stockAndOwnListing() {
        Market m = market("5.00", 1, true);
        openTrade(m, 1, "ESCROW");

        refused(Api.post("/trades", tradeJson(m.listingId(), 1, "ESCROW"), m.buyer().login()),
                409, "RISK-3");
        refused(Api.post("/trades", tradeJson(m.listingId(), 1, "ESCROW"), m.seller().login()),
                409, "RISK-3");
    }

    static Stream<Arguments> badTradeInput() {
        return Stream.of(
                Arguments.of("no body", "POST", "/trades", null),
                Arguments.of("JSON null", "POST", "/trades", "null"),
                Arguments.of("empty object", "POST", "/trades", "{}"),
                Arguments.of("malformed JSON", "POST", "/trades", "{\"listingId\":"),
                Arguments.of("listing id as text", "POST", "/trades",
                        "{\"listingId\":\"abc\",\"quantity\":1,\"paymentMethod\":\"ESCROW\"}"),
                Arguments.of("zero quantity", "POST", "/trades",
                        "{\"listingId\":1,\"quantity\":0,\"paymentMethod\":\"ESCROW\"}"),
                Arguments.of("huge quantity", "POST", "/trades",
                        "{\"listingId\":1,\"quantity\":99999999999,\"paymentMethod\":\"ESCROW\"}"),
                Arguments.of("unknown method", "POST", "/trades",
                        "{\"listingId\":1,\"quantity\":1,\"paymentMethod\":\"BARTER\"}"),
                Arguments.of("unknown listing", "POST", "/trades",
                        "{\"listingId\":999999999,\"quantity\":1,\"paymentMethod\":\"ESCROW\"}"),
                Arguments.of("non-numeric trade id", "GET", "/trades/abc", null),
                Arguments.of("huge trade id", "GET", "/trades/99999999999999999999999", null),
                Arguments.of("unknown trade", "POST", "/trades/999999999/payment", null),
                Arguments.of("shipment without body", "POST", "/trades/999999999/shipment", null),
                Arguments.of("listing with negative price", "POST", "/listings",
                        "{\"title\":\"x\",\"description\":\"y\",\"section\":\"HOME\","
                                + "\"price\":\"-1\"}"),
                Arguments.of("listing in unknown section", "POST", "/listings",
                        "{\"title\":\"x\",\"description\":\"y\",\"section\":\"MOON\","
                                + "\"price\":\"1.00\"}"),
                Arguments.of("unknown listing", "GET", "/listings/999999999", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTradeInput")
    @DisplayName("API bad trade input gets a 4xx problem, never a 5xx")
    void neverServerError(String what, String method, String path, String body) {
        NewMember.Registered member = NewMember.person();

        Api.Answer a = Api.send(method, path, body, member.login(), Map.of());

        assertTrue(a.status() >= 400 && a.status() < 500, what + " answered " + a);
        assertTrue(a.contentType().startsWith("application/problem+json"), a::contentType);
        assertFalse(a.text().contains("Exception"), a.text());
    }

    @Test
    @DisplayName("API a bad shipment is refused field by field and the trade stays PAID")
    void badShipment() {
        Market m = market("8.00", null, true);
        long id = openTrade(m, 1, "ESCROW");
        ok(Api.post("/trades/" + id + "/payment", null, m.buyer().login()));

        Api.Answer a = Api.post("/trades/" + id + "/shipment",
                "{\"carrier\":\"\",\"trackingNumber\":\"<script>\"}", m.seller().login());

        assertEquals(400, a.status(), a::toString);
        assertEquals(2, a.json().getJsonArray("errors").size(), a::toString);
        assertEquals("PAID", ok(Api.get("/trades/" + id, m.buyer().login())).getString("status"));
    }

    @Test
    @DisplayName("RISK-5 both parties sign the contract once each and anyone can verify it")
    void contractSigning() {
        Market m = market("300.00", null, true);
        long id = openTrade(m, 1, "ESCROW");
        String path = "/trades/" + id + "/contract";

        JsonObject contract = ok(Api.get(path, m.buyer().login()));
        assertTrue(contract.getString("hash").matches("[0-9a-f]{64}"), contract::toString);
        String text = contract.getString("text");
        assertTrue(text.contains("Seller: " + m.seller().username()), text);
        assertTrue(text.contains("Buyer: " + m.buyer().username()), text);
        assertTrue(text.contains("300.00") && text.contains("ESCROW"), text);
        assertTrue(text.contains("people's court") && text.contains("People's Republic"), text);
        assertEquals("COURT", contract.getString("disputeForum"));
        assertEquals(0, contract.getJsonArray("signatures").size());

        Api.Answer bySeller = Api.post(path + "/signatures", null, m.seller().login());
        assertEquals(201, bySeller.status(), bySeller::toString);
        assertTrue(bySeller.json().getBoolean("verified"));
        assertEquals("SHA256withECDSA", bySeller.json().getString("algorithm"));
        refused(Api.post(path + "/signatures", null, m.seller().login()), 409, "RISK-5");
        assertEquals(201, Api.post(path + "/signatures", null, m.buyer().login()).status());

        JsonObject signed = ok(Api.get(path, m.seller().login()));
        assertTrue(signed.getBoolean("signedByBoth"), signed::toString);
        assertEquals(2, signed.getJsonArray("signatures").size());
        JsonObject verified = ok(Api.get("/contracts/" + contract.getString("hash")
                + "/verification", Api.ANONYMOUS));
        assertTrue(verified.getBoolean("hashMatches"));
        assertTrue(verified.getBoolean("signedByBoth"));
        assertEquals(text, verified.getString("text"));
        assertTrue(verified.getJsonArray("signatures").stream()
                .allMatch(v -> v.asJsonObject().getBoolean("verified")));
        assertTrue(ok(Api.get("/trades/" + id + "/record", m.buyer().login())).toString()
                .contains("CONTRACT_SIGNED"));
    }

    @Test
    @DisplayName("RISK-5 the contract is private to its parties; bad or unknown hashes are refused")
    void contractPrivacy() {
        Market m = market("30.00", null, true);
        Api.Answer opened = Api.post("/trades", "{\"listingId\":" + m.listingId()
                + ",\"quantity\":1,\"paymentMethod\":\"ESCROW\","
                + "\"disputeForum\":\"ARBITRATION\"}", m.buyer().login());
        assertEquals(201, opened.status(), opened::toString);
        long id = opened.json().getJsonNumber("id").longValue();
        NewMember.Registered stranger = NewMember.person();

        assertEquals("ARBITRATION", ok(Api.get("/trades/" + id + "/contract", m.buyer().login()))
                .getString("disputeForum"));
        assertEquals(404, Api.get("/trades/" + id + "/contract", stranger.login()).status());
        assertEquals(404, Api.post("/trades/" + id + "/contract/signatures", null,
                stranger.login()).status());
        assertEquals(400, Api.get("/contracts/not-a-hash/verification", Api.ANONYMOUS).status());
        assertEquals(404, Api.get("/contracts/" + "ab".repeat(32) + "/verification",
                Api.ANONYMOUS).status());
    }

    @Test
    @DisplayName("RISK-5 above the RISK-2 threshold payment waits until both parties signed")
    void paymentNeedsBothSignatures() {
        Market m = market("12000.00", null, true);
        long id = openTrade(m, 1, "ESCROW");
        String path = "/trades/" + id;

        refused(Api.post(path + "/payment", null, m.buyer().login()), 409, "RISK-5");
        assertEquals(201, Api.post(path + "/contract/signatures", null, m.seller().login())
                .status());
        refused(Api.post(path + "/payment", null, m.buyer().login()), 409, "RISK-5");
        assertEquals(201, Api.post(path + "/contract/signatures", null, m.buyer().login())
                .status());

        assertEquals("PAID", ok(Api.post(path + "/payment", null, m.buyer().login()))
                .getString("status"));
    }

    private static long message(long tradeId, NewMember.Registered from, String json) {
        Api.Answer a = Api.post("/trades/" + tradeId + "/messages", json, from.login());
        assertEquals(201, a.status(), a::toString);
        return a.json().getJsonNumber("id").longValue();
    }

    private static JsonObject finding(JsonObject messages, long messageId) {
        return messages.getJsonArray("findings").stream().map(v -> v.asJsonObject())
                .filter(f -> f.getJsonNumber("messageId").longValue() == messageId)
                .findFirst().orElseThrow(() -> new AssertionError(messages.toString()));
    }

    @Test
    @DisplayName("RISK-6 a withdrawal read before its offer takes effect; each message is recorded")
    void withdrawalBeforeOffer() {
        Market m = market("100.00", null, true);
        long id = openTrade(m, 1, "ESCROW");
        String path = "/trades/" + id + "/messages";
        long offer = message(id, m.seller(),
                "{\"kind\":\"OFFER\",\"price\":\"90.00\",\"text\":\"90 if paid today\"}");
        long withdrawal = message(id, m.seller(),
                "{\"kind\":\"WITHDRAWAL\",\"text\":\"sorry, no discount\"}");

        refused(Api.post(path + "/" + offer + "/read", null, m.seller().login()), 409, "RISK-6");
        JsonObject read = ok(Api.post(path + "/" + withdrawal + "/read", null, m.buyer().login()));
        ok(Api.post(path + "/" + offer + "/read", null, m.buyer().login()));
        ok(Api.post(path + "/" + withdrawal + "/read", null, m.buyer().login()));

        JsonObject all = ok(Api.get(path, m.seller().login()));
        assertEquals(2, all.getJsonArray("items").size());
        assertEquals(read.getString("readAt"), all.getJsonArray("items").getJsonObject(1)
                .getString("readAt"), "a second reading keeps the first time");
        assertEquals(offer, finding(all, withdrawal).getJsonNumber("offerId").longValue());
        assertEquals("EFFECTIVE", finding(all, withdrawal).getString("outcome"), all::toString);
        JsonObject record = ok(Api.get("/trades/" + id + "/record", m.buyer().login()));
        assertTrue(record.getBoolean("intact"));
        assertEquals(4, record.getJsonArray("events").stream()
                .filter(e -> e.asJsonObject().getString("type").startsWith("MESSAGE_"))
                .count(), "two sent, two first readings: " + record);
    }

    @Test
    @DisplayName("RISK-6 a revocation not received before the acceptance was sent comes too late")
    void revocationAfterAcceptance() {
        Market m = market("100.00", null, true);
        long id = openTrade(m, 1, "ESCROW");
        String path = "/trades/" + id + "/messages";
        long offer = message(id, m.seller(), "{\"kind\":\"OFFER\",\"price\":\"80\","
                + "\"text\":\"80 for two\"}");
        ok(Api.post(path + "/" + offer + "/read", null, m.buyer().login()));
        long revocation = message(id, m.seller(), "{\"kind\":\"REVOCATION\",\"offerId\":"
                + offer + ",\"text\":\"offer revoked\"}");
        long acceptance = message(id, m.buyer(), "{\"kind\":\"ACCEPTANCE\",\"text\":\"deal\"}");
        ok(Api.post(path + "/" + revocation + "/read", null, m.buyer().login()));
        ok(Api.post(path + "/" + acceptance + "/read", null, m.seller().login()));

        JsonObject all = ok(Api.get(path, m.buyer().login()));

        assertEquals("INEFFECTIVE", finding(all, revocation).getString("outcome"), all::toString);
        assertEquals("EFFECTIVE", finding(all, acceptance).getString("outcome"), all::toString);
        refused(Api.post(path, "{\"kind\":\"ACCEPTANCE\",\"text\":\"mine\"}",
                m.seller().login()), 409, "RISK-6");
        assertEquals(400, Api.post(path, "{\"kind\":\"GOSSIP\",\"text\":\"\"}",
                m.buyer().login()).status());
        assertEquals(404, Api.get(path, NewMember.person().login()).status());
    }

    @Test
    @DisplayName("RISK-1 each party sees the other's real-name status and kind, with a caution")
    void identityDisclosure() {
        Market m = market("50.00", null, false);
        long id = openTrade(m, 1, "ESCROW");

        JsonObject toBuyer = ok(Api.get("/trades/" + id, m.buyer().login()))
                .getJsonObject("disclosure");
        JsonObject toSeller = ok(Api.get("/trades/" + id, m.seller().login()))
                .getJsonObject("disclosure");

        assertEquals("BUYER", toBuyer.getString("mySide"));
        assertEquals("VERIFIED", toBuyer.getJsonObject("counterparty").getString("verification"));
        assertEquals("PERSON", toBuyer.getJsonObject("counterparty").getString("kind"));
        assertFalse(toBuyer.getBoolean("caution"));
        assertEquals("UNVERIFIED", toSeller.getJsonObject("counterparty")
                .getString("verification"));
        assertTrue(toSeller.getBoolean("caution"), toSeller::toString);
        assertTrue(ok(Api.get("/trades/" + id, Api.STAFF)).isNull("disclosure"));
    }

    @Test
    @DisplayName("RISK-1 the buyer sees a business seller's license, address and contact in full")
    void businessSellerDisclosure() {
        String username = NewMember.uniqueName("shop");
        String license = "91310000" + String.format("%010d", Math.abs(username.hashCode()));
        Api.Answer reg = Api.post("/members", "{\"username\":\"" + username
                + "\",\"password\":\"" + NewMember.PASSWORD + "\",\"email\":\"" + username
                + "@example.com\",\"phone\":\"" + NewMember.uniquePhone() + "\",\"kind\":"
                + "\"BUSINESS\",\"displayName\":\"Shop\",\"agreementAccepted\":true,"
                + "\"company\":{\"name\":\"Harbor Tea Co.\",\"licenseNumber\":\"" + license
                + "\",\"address\":\"1 Bund Road, Shanghai\"}}", Api.ANONYMOUS);
        assertEquals(201, reg.status(), reg::toString);
        long sellerId = reg.json().getJsonNumber("id").longValue();
        Api.Login shop = new Api.Login(username, NewMember.PASSWORD);
        assertEquals(202, Api.post("/members/me/verification", "{\"licenseNumber\":\""
                + license + "\",\"address\":\"1 Bund Road, Shanghai\",\"contact\":"
                + "\"Ms Li 13800000000\"}", shop).status());
        ok(Api.post("/members/" + sellerId + "/verification/decision",
                "{\"approved\":true,\"reason\":\"license checked\"}", Api.STAFF));
        Api.Answer listing = Api.post("/listings", "{\"title\":\"Green tea\",\"description\":"
                + "\"250 g\",\"section\":\"FOOD\",\"price\":\"35.00\"}", shop);
        assertEquals(201, listing.status(), listing::toString);
        NewMember.Registered buyer = NewMember.person();
        Api.Answer opened = Api.post("/trades", tradeJson(listing.json().getJsonNumber("id")
                .longValue(), 1, "ESCROW"), buyer.login());
        assertEquals(201, opened.status(), opened::toString);

        JsonObject seller = ok(Api.get("/trades/" + opened.json().getJsonNumber("id"),
                buyer.login())).getJsonObject("disclosure").getJsonObject("counterparty");

        assertEquals("BUSINESS", seller.getString("kind"));
        assertEquals("Harbor Tea Co.", seller.getString("companyName"));
        assertEquals(license, seller.getString("licenseNumber"), seller::toString);
        assertEquals("1 Bund Road, Shanghai", seller.getString("address"));
        assertEquals("Ms Li 13800000000", seller.getString("contact"));
        JsonObject buyerSeen = ok(Api.get("/trades/" + opened.json().getJsonNumber("id"),
                shop)).getJsonObject("disclosure").getJsonObject("counterparty");
        assertEquals("PERSON", buyerSeen.getString("kind"));
        assertTrue(buyerSeen.isNull("licenseNumber") && buyerSeen.isNull("address")
                && buyerSeen.isNull("contact"), buyerSeen::toString);
    }

    @Test
    @DisplayName("RISK-4 the record downloads as print-ready HTML with every value escaped")
    void printableRecord() {
        Market m = market("60.00", null, true);
        long id = openTrade(m, 1, "ESCROW");
        message(id, m.buyer(), "{\"kind\":\"OFFER\",\"text\":\"<script>alert(1)</script>\"}");

        Api.Answer page = Api.send("GET", "/trades/" + id + "/record", null, m.buyer().login(),
                Map.of("Accept", "text/html"));
        Api.Answer file = Api.get("/trades/" + id + "/record.html", m.seller().login());

        assertEquals(200, page.status(), page::toString);
        assertTrue(page.contentType().startsWith("text/html"), page::contentType);
        assertTrue(page.text().contains("<table") && page.text().contains("intact"));
        assertTrue(page.text().contains("&lt;script&gt;"), page::text);
        assertFalse(page.text().contains("<script>"), page::text);
        assertEquals(200, file.status(), file::toString);
        assertTrue(file.header("Content-Disposition").contains("attachment"));
        assertEquals(404, Api.get("/trades/" + id + "/record.html", NewMember.person().login())
                .status());
    }

    @Test
    @DisplayName("RISK-3 members list their own trades by role; STAFF searches by member")
    void tradeLists() {
        Market m = market("10.00", null, true);
        long id = openTrade(m, 1, "ESCROW");

        JsonObject asBuyer = ok(Api.get("/trades?role=buyer", m.buyer().login()));
        JsonObject asSeller = ok(Api.get("/trades?role=seller", m.buyer().login()));
        JsonObject sellerSide = ok(Api.get("/trades?role=seller&status=CREATED",
                m.seller().login()));
        JsonObject staff = ok(Api.get("/trades?memberId=" + m.seller().id(), Api.STAFF));

        assertEquals(1, asBuyer.getInt("total"));
        assertEquals(id, asBuyer.getJsonArray("items").getJsonObject(0).getJsonNumber("id")
                .longValue());
        assertEquals(0, asSeller.getInt("total"));
        assertEquals(1, sellerSide.getInt("total"));
        assertEquals(1, staff.getInt("total"));
        assertEquals(400, Api.get("/trades?role=thief", m.buyer().login()).status());
        assertEquals(400, Api.get("/trades?status=LOST", m.buyer().login()).status());
        assertEquals(401, Api.get("/trades", Api.ANONYMOUS).status());
    }

    /** An offer by the seller at {@code price}, read by the buyer, and accepted by them. */
    private record Agreement(long tradeId, long offerId, long acceptanceId) {
    }

    private static Agreement agree(Market m, long tradeId, String price) {
        String path = "/trades/" + tradeId + "/messages";
        long offer = message(tradeId, m.seller(), "{\"kind\":\"OFFER\",\"price\":\"" + price
                + "\",\"text\":\"a better price\"}");
        ok(Api.post(path + "/" + offer + "/read", null, m.buyer().login()));
        long acceptance = message(tradeId, m.buyer(), "{\"kind\":\"ACCEPTANCE\",\"offerId\":"
                + offer + ",\"text\":\"deal\"}");
        return new Agreement(tradeId, offer, acceptance);
    }

    private static String offerJson(long offerId, Integer quantity, String method) {
        return "{\"offerId\":" + offerId + (quantity == null ? "" : ",\"quantity\":" + quantity)
                + ",\"paymentMethod\":\"" + method + "\"}";
    }

    private static void received(Market m, Agreement a) {
        ok(Api.post("/trades/" + a.tradeId() + "/messages/" + a.acceptanceId() + "/read", null,
                m.seller().login()));
    }

    @Test
    @DisplayName("RISK-6 an accepted offer opens one new trade at the agreed price")
    void tradeFromAcceptedOffer() {
        Market m = market("100.00", 5, true);
        long first = openTrade(m, 1, "ESCROW");
        Agreement a = agree(m, first, "80.00");
        refused(Api.post("/trades", offerJson(a.offerId(), 2, "ESCROW"), m.buyer().login()),
                409, "RISK-6");
        received(m, a);

        Api.Answer opened = Api.post("/trades", offerJson(a.offerId(), 2, "ESCROW"),
                m.buyer().login());

        assertEquals(201, opened.status(), opened::toString);
        JsonObject t = opened.json();
        long id = t.getJsonNumber("id").longValue();
        assertNotEquals(first, id);
        assertEquals("160.00", t.getString("amount"));
        assertEquals("80.00", t.getString("unitPrice"));
        assertEquals(m.listingId(), t.getJsonNumber("listingId").longValue());
        assertEquals(m.seller().id(), t.getJsonNumber("sellerId").longValue());
        String contract = ok(Api.get("/trades/" + id + "/contract", m.seller().login()))
                .getString("text");
        assertTrue(contract.contains("80.00 CNY each, 160.00 CNY in total, as agreed by the"
                + " accepted offer (data message " + a.offerId() + ")"), contract);
        String opening = ok(Api.get("/trades/" + id + "/record", m.buyer().login()))
                .getJsonArray("events").getJsonObject(0).getString("payload");
        assertTrue(opening.contains("\"offerId\":\"" + a.offerId() + "\""), opening);
        assertTrue(opening.contains("\"unitPrice\":\"80.00\""), opening);
        assertEquals(2, ok(Api.get("/listings/" + m.listingId(), Api.ANONYMOUS)).getInt("stock"));
        refused(Api.post("/trades", offerJson(a.offerId(), 1, "ESCROW"), m.buyer().login()),
                409, "RISK-6");
        refused(Api.post("/trades", offerJson(a.offerId(), 1, "ESCROW"), m.seller().login()),
                409, "RISK-6");
        assertEquals(404, Api.post("/trades", offerJson(a.offerId(), 1, "ESCROW"),
                NewMember.person().login()).status());
    }

    @Test
    @DisplayName("RISK-6 an offer revoked or withdrawn in time, or not an offer, opens no trade")
    void noTradeFromTakenBackOffer() {
        Market m = market("100.00", null, true);
        long id = openTrade(m, 1, "ESCROW");
        String path = "/trades/" + id + "/messages";
        long offer = message(id, m.seller(), "{\"kind\":\"OFFER\",\"price\":\"70.00\","
                + "\"text\":\"70 each\"}");
        ok(Api.post(path + "/" + offer + "/read", null, m.buyer().login()));
        long revocation = message(id, m.seller(), "{\"kind\":\"REVOCATION\",\"offerId\":"
                + offer + ",\"text\":\"no longer\"}");
        ok(Api.post(path + "/" + revocation + "/read", null, m.buyer().login()));
        long acceptance = message(id, m.buyer(), "{\"kind\":\"ACCEPTANCE\",\"offerId\":"
                + offer + ",\"text\":\"too late?\"}");
        ok(Api.post(path + "/" + acceptance + "/read", null, m.seller().login()));

        refused(Api.post("/trades", offerJson(offer, null, "ESCROW"), m.buyer().login()),
                409, "RISK-6");
        refused(Api.post("/trades", offerJson(acceptance, null, "ESCROW"), m.buyer().login()),
                409, "RISK-6");
        assertEquals(404, Api.post("/trades", offerJson(987654321L, null, "ESCROW"),
                m.buyer().login()).status());
        assertEquals(400, Api.post("/trades", "{\"offerId\":" + offer + ",\"listingId\":1,"
                + "\"paymentMethod\":\"ESCROW\"}", m.buyer().login()).status());
    }

    @Test
    @DisplayName("RISK-6 the RISK-2 threshold and the MEM-2 limit apply to the agreed amount")
    void agreedAmountFollowsLimits() {
        Market verified = market("9000.00", null, true);
        Agreement high = agree(verified, openTrade(verified, 1, "ESCROW"), "6000.00");
        received(verified, high);
        Market unverified = market("500.00", null, false);
        Agreement limited = agree(unverified, openTrade(unverified, 1, "ESCROW"), "1500.00");
        received(unverified, limited);

        refused(Api.post("/trades", offerJson(high.offerId(), 2, "CASH_ON_DELIVERY"),
                verified.buyer().login()), 409, "RISK-2");
        refused(Api.post("/trades", offerJson(limited.offerId(), 2, "ESCROW"),
                unverified.buyer().login()), 409, "MEM-2");
        Api.Answer one = Api.post("/trades", offerJson(limited.offerId(), null, "ESCROW"),
                unverified.buyer().login());
        assertEquals(201, one.status(), one::toString);
        assertEquals("1500.00", one.json().getString("amount"));
    }

    @Test
    @DisplayName("RISK-1 CR-10 each party sees the other's credit in the role they play")
    void counterpartyCredit() {
        Market m = market("20.00", null, true);
        long id = openTrade(m, 1, "ESCROW");
        ok(Api.post("/trades/" + id + "/payment", null, m.buyer().login()));
        ok(Api.post("/trades/" + id + "/shipment", SHIPMENT, m.seller().login()));
        ok(Api.post("/trades/" + id + "/receipt", null, m.buyer().login()));
        for (NewMember.Registered who : new NewMember.Registered[] {m.buyer(), m.seller()}) {
            Api.Answer e = Api.post("/trades/" + id + "/evaluations",
                    "{\"rating\":\"PRAISE\",\"comment\":\"fine\"}", who.login());
            assertEquals(201, e.status(), e::toString);
        }

        long next = openTrade(m, 1, "ESCROW");
        JsonObject toBuyer = ok(Api.get("/trades/" + next, m.buyer().login()))
                .getJsonObject("disclosure").getJsonObject("credit");
        JsonObject toSeller = ok(Api.get("/trades/" + next, m.seller().login()))
                .getJsonObject("disclosure").getJsonObject("credit");
        JsonObject sellerCredit = ok(Api.get("/members/" + m.seller().id() + "/credit",
                Api.ANONYMOUS)).getJsonObject("seller");

        assertEquals(1, toBuyer.getInt("score"), toBuyer::toString);
        assertEquals(100.0, toBuyer.getJsonNumber("praiseRate").doubleValue());
        assertTrue(toBuyer.isNull("level"), "one point is below the first heart");
        assertEquals(sellerCredit.getInt("score"), toBuyer.getInt("score"));
        assertEquals(1, toSeller.getInt("score"), toSeller::toString);
        assertEquals(1, toSeller.getJsonObject("counts").getJsonObject("week").getInt("praise"));
    }
}
