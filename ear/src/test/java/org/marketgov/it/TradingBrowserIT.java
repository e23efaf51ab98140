package org.marketgov.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Buying a listing and following the trade through the console, in a real browser. */
@ExtendWith(RequiresDeployment.class)
class TradingBrowserIT {

    private WebDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.open();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void click(String id) {
        browser.findElement(By.id(id)).click();
    }

    private void waitForUrl(String part) {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.urlContains(part));
    }

    private void logIn(NewMember.Registered member) {
        browser.get(Api.HOST + "/login.xhtml");
        type("username", member.username());
        type("password", NewMember.PASSWORD);
        click("login");
        waitForUrl("profile.xhtml");
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
        browser.get(Api.HOST + "/listing.xhtml?id=" + listingId);
        assertTrue(browser.getPageSource().contains("Cast iron"));
        type("quantity", "2");
        click("buy-now");
        waitForUrl("/member/trade.xhtml");
        click("sign");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("sign")));
        click("pay");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("pay")));

        JsonObject trades = Api.get("/trades?role=buyer", buyer.login()).json();
        assertEquals(1, trades.getInt("total"), trades::toString);
        JsonObject trade = trades.getJsonArray("items").getJsonObject(0);
        assertEquals("PAID", trade.getString("status"));
        assertEquals("132.00", trade.getString("amount"));
        JsonObject contract = Api.get("/trades/" + trade.getJsonNumber("id") + "/contract",
                seller.login()).json();
        assertEquals("BUYER", contract.getJsonArray("signatures").getJsonObject(0)
                .getString("party"));
        browser.get(Api.HOST + "/member/trades.xhtml");
        assertTrue(browser.getPageSource().contains("Kettle"));
    }
}
