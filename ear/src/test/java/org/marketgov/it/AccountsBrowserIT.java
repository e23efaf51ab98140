package org.marketgov.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** DS-3, DS-4: the console's accounts page in a real, headless browser. */
@ExtendWith(RequiresDeployment.class)
class AccountsBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    @DisplayName("DS-3 STAFF adds a mediator account on the console, which then logs in, and"
            + " disables it again")
    void staffAddsAndDisables() {
        String name = NewMember.uniqueName("cm");
        signIn(Api.STAFF.username(), Api.STAFF.password());
        browser.click("task-accounts");

        browser.type("username", name);
        browser.type("password", NewStaff.PASSWORD);
        browser.click("add-account");

        assertTrue(browser.waitVisible("messages").getText().contains(name),
                browser.find("messages")::getText);
        Api.Login added = new Api.Login(name, NewStaff.PASSWORD);
        assertEquals(200, Api.get("/admin/settings", added).status());
        rowOf(name).findElement(By.xpath(".//*[contains(@id,'disable')]")).click();
        browser.waitFor(d -> rowOf(name).getText().contains("Disabled"));
        assertEquals(401, Api.get("/admin/settings", added).status());
    }

    @Test
    @DisplayName("DS-2 a weak first password is refused beside its field and adds nothing")
    void weakPasswordRefused() {
        String name = NewMember.uniqueName("cw");
        signIn(Api.AUDITOR.username(), Api.AUDITOR.password());
        browser.get("/console/accounts.xhtml");

        browser.type("username", name);
        browser.type("password", "short");
        browser.click("add-account");

        browser.waitVisible("add-account");
        assertTrue(browser.pageSource().contains("field-error"));
        assertTrue(browser.pageSource().contains("at least 10 characters"));
        assertEquals(201, Api.post("/admin/accounts", NewStaff.json(name, "AUDITOR"), Api.AUDITOR)
                .status(), "the refused form added nothing, so the name is still free");
    }

    private WebElement rowOf(String name) {
        List<WebElement> rows = browser.find("account-table").findElements(By.tagName("tr"));
        return rows.stream().filter(r -> r.getText().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not listed"));
    }

    private void signIn(String username, String password) {
        browser.get("/login.xhtml");
        browser.type("username", username);
        browser.type("password", password);
        browser.click("login");
        browser.waitForUrl("console");
    }
}
