package org.marketgov.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The evaluation and credit part of the partner API (API.md "Evaluations and credit"),
 * over HTTP. Every test makes its own members and completed trade; the clock is shared
 * and only moves forward, so no test assumes an absolute time.
 */
@ExtendWith(RequiresDeployment.class)
class CreditApiIT {

    private static final String SHIPMENT = "{\"carrier\":\"SF Express\","
            + "\"trackingNumber\":\"SF1234567890\"}";

    /** A completed trade between a fresh verified seller and a fresh buyer. */
    private record Deal(long tradeId, NewMember.Registered seller, NewMember.Registered buyer) {
    }

    private static Deal completedTrade() {
        NewMember.Registered seller = NewMember.verifiedPerson();
        return completedTrade(seller, listingOf(seller), NewMember.person());
    }

    private static long listingOf(NewMember.Registered seller) {
        return listingOf(seller, "128.50");
    }

    private static long listingOf(NewMember.Registered seller, String price) {
        Api.Answer listing = Api.post("/listings", "{\"title\":\"Tea set\",\"description\":"
                + "\"Porcelain, six cups\",\"section\":\"HOME\",\"price\":\"" + price + "\"}",
                seller.login());
        assertEquals(201, listing.status(), listing::toString);
        return listing.json().getJsonNumber("id").longValue();
    }

    private static Deal completedTrade(NewMember.Registered seller, long listingId,
            NewMember.Registered buyer) {
        return completed(seller, buyer, Api.post("/trades", "{\"listingId\":" + listingId
                + ",\"quantity\":1,\"paymentMethod\":\"ESCROW\"}", buyer.login()));
    }

    private static Deal completed(NewMember.Registered seller, NewMember.Registered buyer,
            Api.Answer trade) {
        assertEquals(201, trade.status(), trade::toString);
        long id = trade.json().getJsonNumber("id").longValue();
        ok(Api.post("/trades/" + id + "/payment", null, buyer.login()));
        ok(Api.post("/trades/" + id + "/shipment", SHIPMENT, seller.login()));
        assertEquals("COMPLETED", ok(Api.post("/trades/" + id + "/receipt", null,
                buyer.login())).getString("status"));
        return new Deal(id, seller, buyer);
    }

    private static JsonObject ok(Api.Answer a) {
        assertEquals(200, a.status(), a::toString);
        return a.json();
    }

    private static Api.Answer evaluate(Deal d, NewMember.Registered who, String rating) {
        return Api.post("/trades/" + d.tradeId() + "/evaluations", "{\"rating\":\"" + rating
                + "\",\"comment\":\"as described\"}", who.login());
    }

    private static JsonArray visible(Deal d, NewMember.Registered who) {
        Api.Answer a = Api.get("/trades/" + d.tradeId() + "/evaluations", who.login());
        assertEquals(200, a.status(), a::toString);
        return a.array();
    }

    private static void refused(Api.Answer a, int status, String rule) {
        assertEquals(status, a.status(), a::toString);
        assertEquals(rule, a.json().getString("rule"), a::toString);
    }

    @Test
    @DisplayName("CR-4 an evaluation stays sealed until both sides have evaluated")
    void sealedUntilBoth() {
        Deal d = completedTrade();

        Api.Answer first = evaluate(d, d.buyer(), "PRAISE");
        assertEquals(201, first.status(), first::toString);
        assertFalse(first.json().getBoolean("visible"));
        assertEquals("PRAISE", first.json().getString("rating"));
        assertEquals(0, visible(d, d.buyer()).size());
        assertEquals(0, visible(d, d.seller()).size());

        Api.Answer second = evaluate(d, d.seller(), "NEUTRAL");
        assertEquals(201, second.status(), second::toString);
        assertTrue(second.json().getBoolean("visible"));
        JsonArray both = visible(d, d.seller());
        assertEquals(2, both.size(), both::toString);
        JsonObject fromBuyer = both.getJsonObject(0);
        assertEquals("BUYER", fromBuyer.getString("from"));
        assertEquals(1, fromBuyer.getInt("points"));
        assertTrue(fromBuyer.getBoolean("scored"));
        assertTrue(fromBuyer.isNull("notScoredReason"));
        assertFalse(fromBuyer.getBoolean("byDefault"));
        assertEquals("as described", fromBuyer.getString("comment"));
        assertEquals(2, visible(d, d.buyer()).size());
        assertEquals(2, Api.get("/trades/" + d.tradeId() + "/evaluations", Api.STAFF)
                .array().size());
    }

    @Test
    @DisplayName("CR-10 credit is read by anyone after scoring: score, praise rate, counts, level")
    void creditAfterScoring() {
        Deal d = completedTrade();
        assertEquals(201, evaluate(d, d.buyer(), "PRAISE").status());
        assertEquals(201, evaluate(d, d.seller(), "POOR").status());

        Api.Answer a = Api.get("/members/" + d.seller().id() + "/credit", Api.ANONYMOUS);

        assertEquals(200, a.status(), a::toString);
        JsonObject seller = a.json().getJsonObject("seller");
        assertEquals(1, seller.getInt("score"));
        assertEquals(100.0, seller.getJsonNumber("praiseRate").doubleValue());
        assertTrue(seller.isNull("level"));
        JsonObject week = seller.getJsonObject("counts").getJsonObject("week");
        assertEquals(1, week.getInt("praise"));
        assertEquals(0, week.getInt("poor"));
        assertEquals(0, seller.getJsonObject("counts").getJsonObject("older").getInt("praise"));
        JsonObject buyer = Api.get("/members/" + d.buyer().id() + "/credit", Api.ANONYMOUS)
                .json().getJsonObject("buyer");
        assertEquals(-1, buyer.getInt("score"));
        assertEquals(0.0, buyer.getJsonNumber("praiseRate").doubleValue());
        assertTrue(a.json().getJsonObject("buyer").isNull("praiseRate"));
    }

    @Test
    @DisplayName("CR-1 a second evaluation by the same side is refused with 409")
    void secondBySameSide() {
        Deal d = completedTrade();
        assertEquals(201, evaluate(d, d.buyer(), "PRAISE").status());

        refused(evaluate(d, d.buyer(), "POOR"), 409, "CR-1");
    }

    @Test
    @DisplayName("CR-1 the same side submitting twice at once yields exactly one evaluation")
    void concurrentSubmissions() throws InterruptedException, ExecutionException {
        Deal d = completedTrade();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Api.Answer>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(() -> evaluate(d, d.buyer(), "PRAISE"));
        }

        List<Integer> statuses = new ArrayList<>();
        for (Future<Api.Answer> f : pool.invokeAll(calls)) {
            statuses.add(f.get().status());
        }
        pool.shutdown();

        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
        assertEquals(3, statuses.stream().filter(s -> s == 409).count(), statuses::toString);
        assertEquals(201, evaluate(d, d.seller(), "PRAISE").status());
        assertEquals(2, visible(d, d.seller()).size());
    }

    @Test
    @DisplayName("CR-10 concurrent mixed evaluations of one seller add up: score and praise,"
            + " neutral and poor counts match a recomputation")
    void noDrift() throws InterruptedException, ExecutionException {
        NewMember.Registered seller = NewMember.verifiedPerson();
        long listingId = listingOf(seller);
        List<String> ratings = List.of("PRAISE", "POOR", "PRAISE", "NEUTRAL", "PRAISE",
                "PRAISE", "PRAISE", "PRAISE");
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < ratings.size(); i++) {
            deals.add(completedTrade(seller, listingId, NewMember.person()));
        }
        List<Callable<Api.Answer>> calls = new ArrayList<>();
        for (int i = 0; i < deals.size(); i++) {
            Deal d = deals.get(i);
            String rating = ratings.get(i);
            calls.add(() -> evaluate(d, d.buyer(), rating));
            calls.add(() -> evaluate(d, d.seller(), "PRAISE"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);

        for (Future<Api.Answer> f : pool.invokeAll(calls)) {
            Api.Answer a = f.get();
            assertEquals(201, a.status(), a::toString);
        }
        pool.shutdown();

        JsonObject credit = Api.get("/members/" + seller.id() + "/credit", Api.ANONYMOUS)
                .json().getJsonObject("seller");
        List<JsonObject> received = new ArrayList<>();
        for (Deal d : deals) {
            visible(d, seller).stream().map(JsonObject.class::cast)
                    .filter(e -> "BUYER".equals(e.getString("from")))
                    .forEach(received::add);
        }
        assertEquals(ratings.size(), received.size());
        assertEquals(received.stream().mapToInt(e -> e.getInt("points")).sum(),
                credit.getInt("score"));
        JsonObject week = credit.getJsonObject("counts").getJsonObject("week");
        for (String rating : List.of("PRAISE", "NEUTRAL", "POOR")) {
            long recomputed = received.stream().filter(e -> e.getBoolean("scored"))
                    .filter(e -> rating.equals(e.getString("rating"))).count();
            assertEquals(recomputed, week.getInt(rating.toLowerCase(java.util.Locale.ROOT)),
                    rating + " in " + credit);
        }
        assertEquals(5, credit.getInt("score"));
        assertEquals(6, week.getInt("praise"));
        assertEquals(1, week.getInt("neutral"));
        assertEquals(1, week.getInt("poor"));
        assertEquals(75.0, credit.getJsonNumber("praiseRate").doubleValue());
        assertEquals(1, credit.getJsonObject("level").getInt("count"));
        assertEquals("HEART", credit.getJsonObject("level").getString("tier"));
    }

    /**
     * Moves the shared clock into the first days of a month when it is near a month's
     * end, so that trades opened one after another fall in one natural month (CR-6).
     */
    private static void awayFromMonthEnd() {
        OffsetDateTime now = OffsetDateTime.parse(ok(Api.get("/admin/clock", Api.STAFF))
                .getString("now"));
        if (now.withOffsetSameInstant(ZoneOffset.UTC).getDayOfMonth() >= 27) {
            ok(Api.post("/admin/clock", "{\"advance\":\"P6D\"}", Api.STAFF));
        }
    }

    private static JsonObject fromBuyer(Deal d) {
        return visible(d, d.seller()).stream().map(JsonObject.class::cast)
                .filter(e -> "BUYER".equals(e.getString("from"))).findFirst()
                .orElseThrow(() -> new AssertionError("no visible evaluation from the buyer"));
    }

    @Test
    @DisplayName("CR-6 seven praises from one buyer to one seller in one month score 6; the"
            + " seventh is not scored: MONTHLY_CAP")
    void monthlyCap() {
        awayFromMonthEnd();
        NewMember.Registered seller = NewMember.verifiedPerson();
        NewMember.Registered buyer = NewMember.person();
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            deals.add(completedTrade(seller, listingOf(seller), buyer));
        }

        for (Deal d : deals) {
            assertEquals(201, evaluate(d, buyer, "PRAISE").status());
            assertEquals(201, evaluate(d, seller, "PRAISE").status());
        }

        for (Deal d : deals.subList(0, 6)) {
            JsonObject e = fromBuyer(d);
            assertTrue(e.getBoolean("scored"), e::toString);
            assertEquals(1, e.getInt("points"));
        }
        JsonObject seventh = fromBuyer(deals.get(6));
        assertFalse(seventh.getBoolean("scored"), seventh::toString);
        assertEquals("MONTHLY_CAP", seventh.getString("notScoredReason"));
        assertEquals(0, seventh.getInt("points"));
        JsonObject credit = Api.get("/members/" + seller.id() + "/credit", Api.ANONYMOUS)
                .json();
        assertEquals(6, credit.getJsonObject("seller").getInt("score"));
        assertEquals(6, credit.getJsonObject("seller").getJsonObject("counts")
                .getJsonObject("week").getInt("praise"));
        assertEquals(6, Api.get("/members/" + buyer.id() + "/credit", Api.ANONYMOUS).json()
                .getJsonObject("buyer").getInt("score"));
    }

    @Test
    @DisplayName("CR-7 two praises on the same goods in trades created under 14 days apart"
            + " score once: SAME_GOODS")
    void sameGoods() {
        NewMember.Registered seller = NewMember.verifiedPerson();
        NewMember.Registered buyer = NewMember.person();
        long listingId = listingOf(seller);
        Deal first = completedTrade(seller, listingId, buyer);
        Deal second = completedTrade(seller, listingId, buyer);

        for (Deal d : List.of(first, second)) {
            assertEquals(201, evaluate(d, buyer, "PRAISE").status());
            assertEquals(201, evaluate(d, seller, "NEUTRAL").status());
        }

        assertTrue(fromBuyer(first).getBoolean("scored"));
        JsonObject again = fromBuyer(second);
        assertFalse(again.getBoolean("scored"), again::toString);
        assertEquals("SAME_GOODS", again.getString("notScoredReason"));
        assertEquals(0, again.getInt("points"));
        assertEquals(1, Api.get("/members/" + seller.id() + "/credit", Api.ANONYMOUS).json()
                .getJsonObject("seller").getInt("score"));
    }

    /** A completed trade at {@code price} from an offer the seller made on a listing. */
    private static Deal completedFromOffer(NewMember.Registered seller, long listingId,
            NewMember.Registered buyer, String price) {
        Api.Answer first = Api.post("/trades", "{\"listingId\":" + listingId
                + ",\"quantity\":1,\"paymentMethod\":\"ESCROW\"}", buyer.login());
        assertEquals(201, first.status(), first::toString);
        String messages = "/trades/" + first.json().getJsonNumber("id").longValue()
                + "/messages";
        long offer = created(Api.post(messages, "{\"kind\":\"OFFER\",\"price\":\"" + price
                + "\",\"text\":\"a special price\"}", seller.login()));
        ok(Api.post(messages + "/" + offer + "/read", null, buyer.login()));
        long acceptance = created(Api.post(messages, "{\"kind\":\"ACCEPTANCE\",\"offerId\":"
                + offer + ",\"text\":\"deal\"}", buyer.login()));
        ok(Api.post(messages + "/" + acceptance + "/read", null, seller.login()));
        return completed(seller, buyer, Api.post("/trades", "{\"offerId\":" + offer
                + ",\"quantity\":1,\"paymentMethod\":\"ESCROW\"}", buyer.login()));
    }

    private static long created(Api.Answer a) {
        assertEquals(201, a.status(), a::toString);
        return a.json().getJsonNumber("id").longValue();
    }

    @Test
    @DisplayName("CR-11 a trade paid under 20% of the list price is held: not scored until"
            + " STAFF clears its flag, then scored")
    void underPricedHeld() {
        NewMember.Registered seller = NewMember.verifiedPerson();
        NewMember.Registered buyer = NewMember.verifiedPerson();
        Deal d = completedFromOffer(seller, listingOf(seller, "100.00"), buyer, "19.00");
        assertEquals(201, evaluate(d, buyer, "PRAISE").status());
        assertEquals(201, evaluate(d, seller, "PRAISE").status());

        JsonObject held = fromBuyer(d);
        assertFalse(held.getBoolean("scored"), held::toString);
        assertEquals("UNDER_REVIEW", held.getString("notScoredReason"));
        assertEquals(0, Api.get("/members/" + seller.id() + "/credit", Api.ANONYMOUS).json()
                .getJsonObject("seller").getInt("score"));
        JsonObject flag = ok(Api.get("/credit/flags?open=true&size=100", Api.STAFF))
                .getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(f -> "UNDER_PRICED".equals(f.getString("kind")))
                .filter(f -> !f.isNull("tradeId")
                        && f.getJsonNumber("tradeId").longValue() == d.tradeId())
                .findFirst().orElseThrow(() -> new AssertionError("no flag for the trade"));
        String clearance = "/credit/flags/" + flag.getJsonNumber("id").longValue()
                + "/clearance";
        assertEquals(403, Api.post(clearance, null, seller.login()).status());

        ok(Api.post(clearance, null, Api.STAFF));

        JsonObject scored = fromBuyer(d);
        assertTrue(scored.getBoolean("scored"), scored::toString);
        assertEquals(1, scored.getInt("points"));
        assertEquals(1, Api.get("/members/" + seller.id() + "/credit", Api.ANONYMOUS).json()
                .getJsonObject("seller").getInt("score"));
        refused(Api.post(clearance, null, Api.STAFF), 409, "CR-11");
    }

    @Test
    @DisplayName("CR-11 a trade paid exactly 20% of the list price is not held")
    void listPriceNotHeld() {
        NewMember.Registered seller = NewMember.verifiedPerson();
        NewMember.Registered buyer = NewMember.verifiedPerson();
        Deal d = completedFromOffer(seller, listingOf(seller, "100.00"), buyer, "20.00");
        assertEquals(201, evaluate(d, buyer, "PRAISE").status());
        assertEquals(201, evaluate(d, seller, "PRAISE").status());

        JsonObject e = fromBuyer(d);

        assertTrue(e.getBoolean("scored"), e::toString);
        assertTrue(e.isNull("notScoredReason"));
    }

    @Test
    @DisplayName("CR-1 another member's trade answers 404; an open trade cannot be evaluated")
    void strangersAndOpenTrades() {
        Deal d = completedTrade();
        NewMember.Registered stranger = NewMember.person();

        assertEquals(404, evaluate(d, stranger, "POOR").status());
        assertEquals(404, Api.get("/trades/" + d.tradeId() + "/evaluations",
                stranger.login()).status());
        assertEquals(401, Api.get("/trades/" + d.tradeId() + "/evaluations",
                Api.ANONYMOUS).status());
        assertEquals(404, Api.get("/members/99999999/credit", Api.ANONYMOUS).status());
    }

    @Test
    @DisplayName("CR-1 bad input is answered 400 with the field, never 500")
    void badInput() {
        Deal d = completedTrade();
        String path = "/trades/" + d.tradeId() + "/evaluations";

        Api.Answer unknown = evaluate(d, d.buyer(), "GREAT");
        assertEquals(400, unknown.status(), unknown::toString);
        assertEquals("rating", unknown.json().getJsonArray("errors").getJsonObject(0)
                .getString("field"));
        assertEquals(400, Api.post(path, null, d.buyer().login()).status());
        assertEquals(400, Api.post(path, "{\"rating\":\"PRAISE\",\"details\":"
                + "{\"goodsQuality\":9}}", d.buyer().login()).status());
        assertEquals(400, Api.post(path, "{\"rating\":", d.buyer().login()).status());
        assertEquals(201, evaluate(d, d.buyer(), "PRAISE").status());
    }

    @Test
    @DisplayName("CR-8 CR-9 CR-11 revise once, explain once, STAFF removal takes the points")
    void reviseExplainRemove() {
        Deal d = completedTrade();
        long fromBuyer = evaluate(d, d.buyer(), "POOR").json().getJsonNumber("id").longValue();
        long fromSeller = evaluate(d, d.seller(), "PRAISE").json().getJsonNumber("id")
                .longValue();
        String revision = "{\"rating\":\"PRAISE\",\"comment\":\"sorted out\"}";

        assertEquals(404, Api.put("/evaluations/" + fromBuyer, revision, d.seller().login())
                .status());
        JsonObject revised = ok(Api.put("/evaluations/" + fromBuyer, revision,
                d.buyer().login()));
        assertEquals(1, revised.getInt("points"));
        refused(Api.put("/evaluations/" + fromBuyer, revision, d.buyer().login()), 409, "CR-8");
        refused(Api.delete("/evaluations/" + fromBuyer, d.buyer().login()), 409, "CR-8");

        String text = "{\"text\":\"thanks\"}";
        ok(Api.post("/evaluations/" + fromBuyer + "/explanation", text, d.seller().login()));
        refused(Api.post("/evaluations/" + fromBuyer + "/explanation", text,
                d.seller().login()), 409, "CR-9");

        assertEquals(403, Api.post("/evaluations/" + fromSeller + "/removal",
                "{\"reason\":\"malicious\"}", d.buyer().login()).status());
        ok(Api.post("/evaluations/" + fromSeller + "/removal", "{\"reason\":\"malicious\"}",
                Api.STAFF));
        assertEquals(0, Api.get("/members/" + d.buyer().id() + "/credit", Api.ANONYMOUS)
                .json().getJsonObject("buyer").getInt("score"));
        assertEquals(1, visible(d, d.buyer()).size());
        assertEquals(1, Api.get("/members/" + d.seller().id() + "/credit", Api.ANONYMOUS)
                .json().getJsonObject("seller").getInt("score"));
    }

    @Test
    @DisplayName("CR-8 the author deletes a visible evaluation once and its points go")
    void deleteOnce() {
        Deal d = completedTrade();
        long id = evaluate(d, d.buyer(), "POOR").json().getJsonNumber("id").longValue();
        assertEquals(201, evaluate(d, d.seller(), "PRAISE").status());

        assertEquals(204, Api.delete("/evaluations/" + id, d.buyer().login()).status());

        assertEquals(404, Api.delete("/evaluations/" + id, d.buyer().login()).status());
        assertEquals(0, Api.get("/members/" + d.seller().id() + "/credit", Api.ANONYMOUS)
                .json().getJsonObject("seller").getInt("score"));
    }

    @Test
    @DisplayName("CR-3 CR-5 at window end the silent side gives default praise; later ones 409")
    void windowEnd() {
        Deal d = completedTrade();
        assertEquals(201, evaluate(d, d.buyer(), "NEUTRAL").status());

        ok(Api.post("/admin/clock", "{\"advance\":\"P16D\"}", Api.STAFF));

        JsonArray both = visible(d, d.buyer());
        assertEquals(2, both.size(), both::toString);
        JsonObject fromSeller = both.getJsonObject(1);
        assertEquals("SELLER", fromSeller.getString("from"));
        assertEquals("PRAISE", fromSeller.getString("rating"));
        assertTrue(fromSeller.getBoolean("byDefault"));
        assertTrue(fromSeller.getBoolean("scored"));
        assertEquals(1, fromSeller.getInt("points"));
        refused(evaluate(d, d.seller(), "POOR"), 409, "CR-3");
        assertEquals(1, Api.get("/members/" + d.buyer().id() + "/credit", Api.ANONYMOUS)
                .json().getJsonObject("buyer").getInt("score"));
    }

    @Test
    @DisplayName("CR-4 CR-5 the closing job racing the last submissions ends each window once:"
            + " two evaluations per trade, a default praise exactly where the seller was"
            + " refused, credit equal to a recomputation")
    void closingJobRacesLastSubmissions() throws InterruptedException, ExecutionException {
        awayFromMonthEnd();
        OffsetDateTime before = clockNow();
        NewMember.Registered seller = NewMember.verifiedPerson();
        long listingId = listingOf(seller);
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Deal d = completedTrade(seller, listingId, NewMember.person());
            assertEquals(201, evaluate(d, d.buyer(), "PRAISE").status());
            deals.add(d);
        }
        OffsetDateTime after = clockNow();
        ok(Api.post("/admin/clock", "{\"advance\":\"P14DT23H59M55S\"}", Api.STAFF));
        String pastEveryWindow = java.time.Duration.between(before, after).plusMinutes(1)
                .toString();

        ExecutorService pool = Executors.newFixedThreadPool(7);
        List<Callable<Api.Answer>> calls = new ArrayList<>();
        for (Deal d : deals) {
            calls.add(() -> evaluate(d, seller, "NEUTRAL"));
        }
        calls.add(() -> Api.post("/admin/clock", "{\"advance\":\"" + pastEveryWindow
                + "\"}", Api.STAFF));
        List<Api.Answer> answers = new ArrayList<>();
        for (Future<Api.Answer> f : pool.invokeAll(calls)) {
            answers.add(f.get());
        }
        pool.shutdown();
        ok(Api.post("/admin/clock", "{\"advance\":\"PT1M\"}", Api.STAFF));

        assertEquals(200, answers.get(deals.size()).status(), answers.get(deals.size())::toString);
        long sellerScore = 0;
        for (int i = 0; i < deals.size(); i++) {
            Deal d = deals.get(i);
            Api.Answer submitted = answers.get(i);
            if (submitted.status() != 201) {
                refused(submitted, 409, "CR-3");
            }
            JsonArray both = visible(d, d.buyer());
            assertEquals(2, both.size(), both::toString);
            JsonObject fromSeller = both.stream().map(JsonObject.class::cast)
                    .filter(e -> "SELLER".equals(e.getString("from"))).findFirst()
                    .orElseThrow();
            boolean refusedInTime = submitted.status() != 201;
            assertEquals(refusedInTime, fromSeller.getBoolean("byDefault"), both::toString);
            assertEquals(refusedInTime ? "PRAISE" : "NEUTRAL", fromSeller.getString("rating"));
            assertEquals(fromSeller.getInt("points"), Api.get("/members/" + d.buyer().id()
                    + "/credit", Api.ANONYMOUS).json().getJsonObject("buyer").getInt("score"));
            sellerScore += fromBuyer(d).getInt("points");
        }
        assertEquals(sellerScore, Api.get("/members/" + seller.id() + "/credit",
                Api.ANONYMOUS).json().getJsonObject("seller").getInt("score"));
        assertEquals(deals.size(), sellerScore);
    }

    private static OffsetDateTime clockNow() {
        return OffsetDateTime.parse(ok(Api.get("/admin/clock", Api.STAFF)).getString("now"));
    }
}
