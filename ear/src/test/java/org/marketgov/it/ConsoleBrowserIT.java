package org.marketgov.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** The console in a real, headless browser. */
@ExtendWith(RequiresDeployment.class)
class ConsoleBrowserIT {

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

    private void waitForUrl(String part) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(part));
    }

    @Test
    @DisplayName("MEM-1 a visitor registers through the console, logs in and sees their rights")
    void registerAndLogIn() {
        String username = NewMember.uniqueName("web");

        browser.get(Api.HOST + "/register.xhtml");
        type("username", username);
        type("password", NewMember.PASSWORD);
        type("email", username + "@example.com");
        type("phone", NewMember.uniquePhone());
        type("displayName", "Web " + username);
        browser.findElement(By.id("adult")).click();
        browser.findElement(By.id("agreementAccepted")).click();
        browser.findElement(By.id("register")).click();
        waitForUrl("login.xhtml");

        assertTrue(browser.findElement(By.id("registered-notice")).isDisplayed());
        type("username", username);
        type("password", NewMember.PASSWORD);
        browser.findElement(By.id("login")).click();
        browser.get(Api.HOST + "/member/profile.xhtml");
        waitForUrl("profile.xhtml");
        assertTrue(browser.getPageSource().contains(username), "the profile names the member");
        assertEquals("NOT_REQUIRED", Api.get("/members/me",
                new Api.Login(username, NewMember.PASSWORD)).json().getJsonObject("rights")
                .getString("feeStatus"));
        assertTrue(browser.findElement(By.id("fee-status")).isDisplayed());
    }

    @Test
    @DisplayName("MEM-1 the console shows field errors for a weak password and refuses registration")
    void weakPasswordShownAtTheField() {
        String username = NewMember.uniqueName("web");

        browser.get(Api.HOST + "/register.xhtml");
        type("username", username);
        type("password", "short");
        type("email", username + "@example.com");
        type("phone", NewMember.uniquePhone());
        browser.findElement(By.id("adult")).click();
        browser.findElement(By.id("agreementAccepted")).click();
        browser.findElement(By.id("register")).click();

        WebElement error = new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                ExpectedConditions.visibilityOfElementLocated(By.id("password-error")));
        assertTrue(error.getText().contains("10"), error.getText());
        assertEquals(401, Api.get("/members/me", new Api.Login(username, "short")).status());
    }

    @Test
    @DisplayName("DS-3 an AUDITOR logs in to the console and verifies the audit chain")
    void auditorVerifiesChain() {
        browser.get(Api.HOST + "/login.xhtml");
        type("username", Api.AUDITOR.username());
        type("password", Api.AUDITOR.password());
        browser.findElement(By.id("login")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));

        browser.get(Api.HOST + "/console/audit.xhtml");
        browser.findElement(By.id("verify-chain")).click();

        WebElement verdict = new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
        assertTrue(verdict.getText().toLowerCase().contains("intact"), verdict.getText());
    }
}
