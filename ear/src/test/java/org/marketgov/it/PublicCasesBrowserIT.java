package org.marketgov.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The public report and question pages in a browser (CMP-4, CMP-7): a visitor who is
 * not logged in reports a member, reads the tracking code once, follows the report
 * with it, and asks a question. The accused member is registered through the API.
 */
@ExtendWith(RequiresDeployment.class)
class PublicCasesBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    @DisplayName("CMP-4 CMP-7 a logged-out visitor reports a member anonymously, follows the"
            + " report by its tracking code, and asks a question")
    void visitorReportsFollowsAndAsks() {
        NewMember.Registered accused = NewMember.person();

        browser.get("/index.xhtml");
        browser.click("footer-accuse");
        browser.waitVisible("always-anonymous");
        assertTrue(browser.findAll("anonymous").isEmpty(), "a visitor cannot be named");
        choose("targetType", "MEMBER");
        browser.type("targetId", String.valueOf(accused.id()));
        choose("category", "FRAUD");
        browser.type("description", "Took payment for a camera and never shipped it");
        browser.click("file");

        String code = browser.waitVisible("tracking-code").getText().strip();
        long number = Long.parseLong(browser.find("accusation-number").getText().strip());
        assertFalse(code.isEmpty());
        assertTrue(browser.find("tracking-once").getText().contains("not be shown again"));

        browser.get("/accuse.xhtml");
        browser.waitVisible("file");
        assertFalse(browser.pageSource().contains(code), "the code is shown only once");

        browser.click("footer-status");
        browser.waitVisible("code");
        browser.type("code", code);
        browser.click("look-up");
        assertEquals("SUBMITTED", browser.waitVisible("status").getText().strip());
        assertEquals(String.valueOf(number), browser.find("accusation-number").getText());
        assertEquals("Not decided yet", browser.find("decision").getText().strip());

        browser.click("footer-ask");
        browser.waitVisible("question");
        browser.type("question", "How long does a decision on a report take?");
        browser.type("contact", NewMember.uniqueName("asker") + "@example.org");
        browser.click("ask");
        assertTrue(browser.waitVisible("asked").getText().contains("was received"));
    }

    private void choose(String menu, String value) {
        browser.find(menu).findElement(By.cssSelector("option[value='" + value + "']"))
                .click();
    }
}
