package org.marketgov.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Evaluating a completed trade in the console and seeing one's credit, in a real browser. */
@ExtendWith(RequiresDeployment.class)
class CreditBrowserIT {

    private static final String SHIPMENT = "{\"carrier\":\"SF Express\","
            + "\"trackingNumber\":\"SF1234567890\"}";

    @RegisterExtension
    final Browser browser = new Browser();

    private void logIn(NewMember.Registered member) {
        browser.get("/login.xhtml");
        browser.type("username", member.username());
        browser.type("password", NewMember.PASSWORD);
        browser.click("login");
        browser.waitForUrl("profile.xhtml");
    }

    private static void ok(Api.Answer a) {
        assertEquals(200, a.status(), a::toString);
    }

    /** A trade the buyer has bought, paid and received, set up over the API. */
    private static long completedTrade(NewMember.Registered seller,
            NewMember.Registered buyer) {
        Api.Answer listing = Api.post("/listings", "{\"title\":\"Tea caddy\",\"description\":"
                + "\"Tin, airtight\",\"section\":\"HOME\",\"price\":\"42.00\"}", seller.login());
        assertEquals(201, listing.status(), listing::toString);
        Api.Answer trade = Api.post("/trades", "{\"listingId\":"
                + listing.json().getJsonNumber("id") + ",\"quantity\":1,"
                + "\"paymentMethod\":\"ESCROW\"}", buyer.login());
        assertEquals(201, trade.status(), trade::toString);
        long id = trade.json().getJsonNumber("id").longValue();
        ok(Api.post("/trades/" + id + "/payment", null, buyer.login()));
        ok(Api.post("/trades/" + id + "/shipment", SHIPMENT, seller.login()));
        ok(Api.post("/trades/" + id + "/receipt", null, buyer.login()));
        return id;
    }

    @Test
    @DisplayName("CR-1 CR-4 CR-10 a member evaluates in the console, sees both evaluations once"
            + " the other side has evaluated, and sees the score on the credit page")
    void evaluateAndSeeCredit() {
        NewMember.Registered seller = NewMember.verifiedPerson();
        NewMember.Registered buyer = NewMember.person();
        long tradeId = completedTrade(seller, buyer);

        logIn(buyer);
        browser.get("/member/evaluate.xhtml?trade=" + tradeId);
        browser.type("comment", "Well packed caddy");
        browser.click("submit");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "stays sealed for now"));
        assertTrue(browser.find("evaluations").getText().contains("No evaluation is visible"),
                browser::pageSource);
        Api.Answer own = Api.get("/trades/" + tradeId + "/evaluations", buyer.login());
        assertEquals(0, own.array().size(), own::toString);

        Api.Answer other = Api.post("/trades/" + tradeId + "/evaluations",
                "{\"rating\":\"PRAISE\",\"comment\":\"paid at once\"}", seller.login());
        assertEquals(201, other.status(), other::toString);
        browser.get("/member/evaluate.xhtml?trade=" + tradeId);
        String table = browser.find("evaluations").getText();
        assertTrue(table.contains("Well packed caddy") && table.contains("paid at once"), table);

        browser.get("/member/credit.xhtml");
        assertEquals("1", browser.find("credit.asBuyer.score").getText().trim());
        assertEquals("0", browser.find("credit.asSeller.score").getText().trim());
        assertEquals(1, Api.get("/members/" + seller.id() + "/credit", Api.ANONYMOUS).json()
                .getJsonObject("seller").getInt("score"));
    }

    @Test
    @DisplayName("CR-8 CR-9 in the console a member changes their own rating once and explains"
            + " the evaluation they received once")
    void reviseAndExplain() {
        NewMember.Registered seller = NewMember.verifiedPerson();
        NewMember.Registered buyer = NewMember.person();
        long tradeId = completedTrade(seller, buyer);
        Api.Answer other = Api.post("/trades/" + tradeId + "/evaluations",
                "{\"rating\":\"POOR\",\"comment\":\"paid late\"}", seller.login());
        assertEquals(201, other.status(), other::toString);
        logIn(buyer);
        browser.get("/member/evaluate.xhtml?trade=" + tradeId);
        browser.click("submit");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "now visible and scored"));

        browser.find("new-rating").findElement(By.cssSelector("option[value='NEUTRAL']"))
                .click();
        browser.type("new-comment", "Slow delivery after all");
        browser.click("revise");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "cannot be changed again"));
        browser.type("explanation", "The bank holiday delayed the transfer");
        browser.click("publish-explanation");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "published under the evaluation"));

        assertTrue(browser.findAll("revise").isEmpty(), "revise is offered once only");
        assertTrue(browser.findAll("publish-explanation").isEmpty());
        String table = browser.find("evaluations").getText();
        assertTrue(table.contains("Slow delivery after all"), table);
        assertTrue(table.contains("The bank holiday delayed the transfer"), table);
        assertEquals(0, Api.get("/members/" + seller.id() + "/credit", Api.ANONYMOUS).json()
                .getJsonObject("seller").getInt("score"));
    }
}
