package org.marketgov.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.Select;

/**
 * The console pages of consulting and appeals, in a browser: STAFF records a question
 * that came by phone or email (CMP-7), and the accused member appeals an accusation on
 * the member pages, once and within the window (CMP-5). Accusations are filed through
 * the partner API.
 */
@ExtendWith(RequiresDeployment.class)
class CasesConsoleBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    @DisplayName("CMP-7 STAFF records an email question in the console and it opens as an"
            + " OPEN consultation with its channel")
    void staffRecordsEmailQuestion() {
        signIn(Api.STAFF.username(), Api.STAFF.password(), "console/index.xhtml");
        browser.get("/console/cases/queue.xhtml");
        browser.click("record-question-link");
        browser.waitForUrl("record-question.xhtml");

        new Select(browser.find("channel")).selectByValue("EMAIL");
        browser.type("contact", "asker@example.com");
        browser.type("question", "Can I return a gift bought by someone else?");
        browser.click("record");

        browser.waitForUrl("cases/consultation.xhtml");
        assertEquals("OPEN", browser.waitVisible("status").getText());
        assertEquals("asker@example.com (EMAIL)", browser.find("contact").getText());
    }

    @Test
    @DisplayName("CMP-7 an empty recorded question is refused beside its field and nothing"
            + " is recorded")
    void emptyQuestionRefused() {
        signIn(Api.STAFF.username(), Api.STAFF.password(), "console/index.xhtml");
        browser.get("/console/cases/record-question.xhtml");

        browser.type("contact", "13800000000");
        browser.click("record");

        browser.waitVisible("record");
        assertTrue(browser.pageSource().contains("field-error"));
        assertTrue(browser.waitFor(d -> d.getCurrentUrl()).contains("record-question"));
    }

    @Test
    @DisplayName("CMP-5 CMP-4 the accused finds the accusation in their list and appeals once;"
            + " the informant stays sealed and the form is gone after the appeal")
    void accusedAppealsOnce() {
        NewMember.Registered accused = NewMember.person();
        NewMember.Registered informant = NewMember.person();
        long id = accuse(accused, informant);

        signIn(accused.username(), NewMember.PASSWORD, "profile.xhtml");
        browser.click("nav-accusations");
        assertEquals(String.valueOf(id), browser.waitVisible("accusation-table:0:open")
                .getText());
        assertEquals("About me", browser.find("accusation-table:0:side").getText());
        assertFalse(browser.pageSource().contains(informant.username()));
        browser.click("accusation-table:0:open");
        assertEquals("Anonymous (sealed)", browser.waitVisible("informant").getText());
        assertFalse(browser.pageSource().contains(informant.username()));
        browser.type("appeal-text", "The photos are my own");
        browser.click("send-appeal");

        browser.waitFor(d -> "APPEALED".equals(d.findElement(
                org.openqa.selenium.By.id("status")).getText()));
        assertEquals("The photos are my own", browser.find("appeal").getText());
        assertTrue(browser.findAll("send-appeal").isEmpty(), "appeal once");
        assertEquals(409, Api.post("/accusations/" + id + "/appeal", "{\"text\":\"again\"}",
                accused.login()).status());
    }

    @Test
    @DisplayName("CMP-5 an appeal after the 7-day window is refused on the member page with"
            + " the rule, and the accusation stays unappealed")
    void lateAppealRefused() {
        NewMember.Registered accused = NewMember.person();
        long id = accuse(accused, NewMember.person());
        assertEquals(200, Api.post("/admin/clock", "{\"advance\":\"P8D\"}", Api.STAFF)
                .status());

        signIn(accused.username(), NewMember.PASSWORD, "profile.xhtml");
        browser.get("/member/accusation.xhtml?id=" + id);
        browser.type("appeal-text", "Too late?");
        browser.click("send-appeal");

        assertTrue(browser.waitVisible("messages").getText().contains("CMP-5"),
                browser.find("messages")::getText);
        assertEquals("SUBMITTED", browser.find("status").getText());
        assertTrue(Api.get("/accusations/" + id, accused.login()).json().isNull("appeal"));
    }

    private static long accuse(NewMember.Registered accused, NewMember.Registered informant) {
        Api.Answer filed = Api.post("/accusations", "{\"targetType\":\"MEMBER\",\"targetId\":"
                + accused.id() + ",\"category\":\"FRAUD\",\"description\":\"Copied photos\","
                + "\"anonymous\":true}", informant.login());
        assertEquals(201, filed.status(), filed::toString);
        return filed.json().getJsonNumber("id").longValue();
    }

    private void signIn(String username, String password, String landing) {
        browser.get("/login.xhtml");
        browser.type("username", username);
        browser.type("password", password);
        browser.click("login");
        browser.waitForUrl(landing);
    }
}
