package org.marketgov.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The console in a real, headless browser. */
@ExtendWith(RequiresDeployment.class)
class ConsoleBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    @DisplayName("MEM-1 a visitor registers through the console, logs in and sees their rights")
    void registerAndLogIn() {
        String username = NewMember.uniqueName("web");

        browser.get("/register.xhtml");
        browser.type("username", username);
        browser.type("password", NewMember.PASSWORD);
        browser.type("email", username + "@example.com");
        browser.type("phone", NewMember.uniquePhone());
        browser.type("displayName", "Web " + username);
        browser.click("adult");
        browser.click("agreementAccepted");
        browser.click("register");
        browser.waitForUrl("login.xhtml");

        assertTrue(browser.find("registered-notice").isDisplayed());
        browser.type("username", username);
        browser.type("password", NewMember.PASSWORD);
        browser.click("login");
        browser.get("/member/profile.xhtml");
        browser.waitForUrl("profile.xhtml");
        assertTrue(browser.pageSource().contains(username), "the profile names the member");
        assertEquals("NOT_REQUIRED", Api.get("/members/me",
                new Api.Login(username, NewMember.PASSWORD)).json().getJsonObject("rights")
                .getString("feeStatus"));
        assertTrue(browser.find("fee-status").isDisplayed());
    }

    @Test
    @DisplayName("MEM-1 the console shows field errors for a weak password and refuses registration")
    void weakPasswordShownAtTheField() {
        String username = NewMember.uniqueName("web");

        browser.get("/register.xhtml");
        browser.type("username", username);
        browser.type("password", "short");
        browser.type("email", username + "@example.com");
        browser.type("phone", NewMember.uniquePhone());
        browser.click("adult");
        browser.click("agreementAccepted");
        browser.click("register");

        WebElement error = browser.waitVisible("password-error");
        assertTrue(error.getText().contains("10"), error.getText());
        assertEquals(401, Api.get("/members/me", new Api.Login(username, "short")).status());
    }

    @Test
    @DisplayName("MEM-7 a member frozen while signed in loses the console session at the next page")
    void freezeEndsTheSession() {
        NewMember.Registered member = NewMember.person();
        browser.get("/login.xhtml");
        browser.type("username", member.username());
        browser.type("password", NewMember.PASSWORD);
        browser.click("login");
        browser.get("/member/profile.xhtml");
        browser.waitForUrl("profile.xhtml");

        assertEquals(200, Api.post("/members/" + member.id() + "/freeze",
                "{\"permanent\":false,\"reason\":\"browser test\"}", Api.STAFF).status());
        browser.get("/member/profile.xhtml");

        browser.waitForUrl("login.xhtml");
        assertEquals(200, Api.post("/members/" + member.id() + "/unfreeze", null, Api.STAFF)
                .status());
        browser.get("/member/profile.xhtml");
        browser.waitForUrl("login.xhtml");
    }

    @Test
    @DisplayName("DS-3 an AUDITOR logs in to the console and verifies the audit chain")
    void auditorVerifiesChain() {
        browser.get("/login.xhtml");
        browser.type("username", Api.AUDITOR.username());
        browser.type("password", Api.AUDITOR.password());
        browser.click("login");
        browser.waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));

        browser.get("/console/audit.xhtml");
        browser.click("verify-chain");

        WebElement verdict = browser.waitVisible("verdict");
        assertTrue(verdict.getText().toLowerCase().contains("intact"), verdict.getText());
    }
}
