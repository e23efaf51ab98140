package org.marketgov.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Buying a listing and following the trade through the console, in a real browser. */
@ExtendWith(RequiresDeployment.class)
class TradingBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private void logIn(NewMember.Registered member) {
        browser.get("/login.xhtml");
        browser.type("username", member.username());
        browser.type("password", NewMember.PASSWORD);
        browser.click("login");
        browser.waitForUrl("profile.xhtml");
    }

    @Test
    @DisplayName("RISK-3 RISK-5 a member buys a listing in the console, signs the contract and pays")
    void buyThroughTheConsole() {
        NewMember.Registered seller = NewMember.verifiedPerson();
        NewMember.Registered buyer = NewMember.person();
        Api.Answer listing = Api.post("/listings", "{\"title\":\"Kettle\",\"description\":"
                + "\"Cast iron\",\"section\":\"HOME\",\"price\":\"66.00\",\"stock\":3}",
                seller.login());
        assertEquals(201, listing.status(), listing::toString);
        long listingId = listing.json().getJsonNumber("id").longValue();

        logIn(buyer);
        browser.get("/listing.xhtml?id=" + listingId);
        assertTrue(browser.pageSource().contains("Cast iron"));
        browser.type("quantity", "2");
        browser.click("buy-now");
        browser.waitForUrl("/member/trade.xhtml");
        browser.click("sign");
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("sign")));
        browser.click("pay");
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("pay")));

        JsonObject trades = Api.get("/trades?role=buyer", buyer.login()).json();
        assertEquals(1, trades.getInt("total"), trades::toString);
        JsonObject trade = trades.getJsonArray("items").getJsonObject(0);
        assertEquals("PAID", trade.getString("status"));
        assertEquals("132.00", trade.getString("amount"));
        JsonObject contract = Api.get("/trades/" + trade.getJsonNumber("id") + "/contract",
                seller.login()).json();
        assertEquals("BUYER", contract.getJsonArray("signatures").getJsonObject(0)
                .getString("party"));
        browser.get("/member/trades.xhtml");
        assertTrue(browser.pageSource().contains("Kettle"));
    }

    private static long message(long tradeId, NewMember.Registered from, String json) {
        Api.Answer a = Api.post("/trades/" + tradeId + "/messages", json, from.login());
        assertEquals(201, a.status(), a::toString);
        return a.json().getJsonNumber("id").longValue();
    }

    @Test
    @DisplayName("RISK-6 RISK-2 a party reads and sends data messages on the trade page")
    void messagesOnTheTradePage() {
        NewMember.Registered seller = NewMember.verifiedPerson();
        NewMember.Registered buyer = NewMember.verifiedPerson();
        Api.Answer listing = Api.post("/listings", "{\"title\":\"Teapot\",\"description\":"
                + "\"Clay\",\"section\":\"HOME\",\"price\":\"80.00\"}", seller.login());
        assertEquals(201, listing.status(), listing::toString);
        Api.Answer opened = Api.post("/trades", "{\"listingId\":" + listing.json()
                .getJsonNumber("id") + ",\"quantity\":1,\"paymentMethod\":\"ESCROW\"}",
                buyer.login());
        assertEquals(201, opened.status(), opened::toString);
        long id = opened.json().getJsonNumber("id").longValue();
        message(id, seller, "{\"kind\":\"OFFER\",\"price\":\"70.00\",\"text\":\"70 today\"}");
        message(id, seller, "{\"kind\":\"WITHDRAWAL\",\"text\":\"no discount after all\"}");

        logIn(buyer);
        browser.get("/member/trade.xhtml?id=" + id);
        assertTrue(browser.find("escrow-threshold").getText().contains("ESCROW"));
        browser.click("message-list:1:mark-read");
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(
                By.id("message-list:1:mark-read")));
        browser.click("message-list:0:mark-read");
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(
                By.id("message-list:0:mark-read")));
        String findings = browser.find("findings").getText();
        assertTrue(findings.contains("received before offer"), findings);
        assertTrue(findings.contains("Yes: the offer never took effect."), findings);
        browser.type("message-price", "75.00");
        browser.type("message-text", "75 then?");
        browser.click("send-message");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("message-list"), "75 then?"));

        JsonObject messages = Api.get("/trades/" + id + "/messages", seller.login()).json();
        assertEquals(3, messages.getJsonArray("items").size(), messages::toString);
        assertTrue(messages.getJsonArray("items").stream().limit(2)
                .noneMatch(m -> m.asJsonObject().isNull("readAt")), messages::toString);
        assertEquals("EFFECTIVE", messages.getJsonArray("findings").getJsonObject(0)
                .getString("outcome"));
    }

    @Test
    @DisplayName("RISK-1 RISK-2 the public rules page lists RISK-1..6 with the live threshold")
    void publishedRules() {
        browser.get("/rules/trading.xhtml");

        String rules = browser.find("trading-rules").getText();
        for (int n = 1; n <= 6; n++) {
            assertTrue(rules.contains("RISK-" + n), rules);
        }
        assertTrue(browser.find("trading-settings").getText()
                .contains("trading.escrow-only-above"));
    }

    @Test
    @DisplayName("RISK-4 RISK-6 STAFF opens a trade's detail: parties, contract, messages, record")
    void staffTradeDetail() {
        NewMember.Registered seller = NewMember.verifiedPerson();
        NewMember.Registered buyer = NewMember.verifiedPerson();
        Api.Answer listing = Api.post("/listings", "{\"title\":\"Wok\",\"description\":"
                + "\"Carbon steel\",\"section\":\"HOME\",\"price\":\"45.00\"}",
                seller.login());
        assertEquals(201, listing.status(), listing::toString);
        Api.Answer opened = Api.post("/trades", "{\"listingId\":" + listing.json()
                .getJsonNumber("id") + ",\"quantity\":1,\"paymentMethod\":\"ESCROW\"}",
                buyer.login());
        assertEquals(201, opened.status(), opened::toString);
        long id = opened.json().getJsonNumber("id").longValue();
        message(id, buyer, "{\"kind\":\"OFFER\",\"price\":\"40.00\",\"text\":\"40 ok?\"}");
        assertEquals(201, Api.post("/trades/" + id + "/contract/signatures", null,
                seller.login()).status());

        browser.get("/login.xhtml");
        browser.type("username", Api.STAFF.username());
        browser.type("password", Api.STAFF.password());
        browser.click("login");
        browser.waitForUrl("console/index.xhtml");
        browser.get("/console/trading/trade.xhtml?id=" + id);

        assertEquals("Created", browser.find("trade-status").getText());
        assertTrue(browser.find("message-list").getText().contains("40 ok?"));
        assertTrue(browser.find("signatures").getText().contains("signature verified"));
        assertTrue(browser.find("record-check").getText().contains("intact"));
        assertTrue(browser.pageSource().contains(buyer.username())
                || browser.pageSource().contains(String.valueOf(buyer.id())));
        assertTrue(browser.find("download-json").isDisplayed());
    }
}
