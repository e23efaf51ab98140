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
}
