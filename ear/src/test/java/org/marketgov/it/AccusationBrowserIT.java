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
 * The sealing of an anonymous informant on the STAFF console, in a browser (CMP-4): the
 * accusation page names a real-name informant and never an anonymous one, not even in
 * the page source. The reports are filed through the partner API.
 */
@ExtendWith(RequiresDeployment.class)
class AccusationBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    @DisplayName("CMP-4 STAFF sees an anonymous informant as sealed on the console page and"
            + " a real-name informant by name")
    void informantSealedOnTheConsole() {
        NewMember.Registered accused = NewMember.person();
        NewMember.Registered informant = NewMember.person();
        long sealed = file(accused, informant, true);
        long named = file(accused, informant, false);

        signInAsStaff();
        browser.get("/console/cases/accusation.xhtml?id=" + sealed);

        browser.waitVisible("informant");
        assertEquals("Anonymous (sealed)", browser.find("informant").getText());
        assertFalse(browser.pageSource().contains(informant.username()),
                "the informant's name is nowhere in the page");
        browser.get("/console/cases/accusation.xhtml?id=" + named);
        browser.waitVisible("informant");
        assertTrue(browser.find("informant").getText().contains(informant.username()));
    }

    @Test
    @DisplayName("CMP-4 the STAFF accusation queue page never names an anonymous informant")
    void informantSealedInTheQueuePage() {
        NewMember.Registered informant = NewMember.person();
        file(NewMember.person(), informant, true);

        signInAsStaff();
        browser.get("/console/cases/queue.xhtml");
        new Select(browser.find("kind")).selectByValue("ACCUSATION");
        browser.type("status", "SUBMITTED");
        browser.click("show");

        browser.waitVisible("queue-table");
        assertTrue(browser.find("queue-table").getText().contains("A-"), "accusations listed");
        assertFalse(browser.pageSource().contains(informant.username()));
    }

    @Test
    @DisplayName("CMP-4 DS-3 the AUDITOR's audit page shows the filing as sealed; only the"
            + " informant's own logins carry the name")
    void informantSealedInTheAuditPage() {
        NewMember.Registered informant = NewMember.person();
        file(NewMember.person(), informant, true);

        signIn(Api.AUDITOR);
        browser.get("/console/audit.xhtml");

        browser.waitVisible("audit-table");
        String page = browser.pageSource();
        assertTrue(page.contains("ACCUSATION_FILED") && page.contains("(sealed informant)"),
                "the filing is on the first page, sealed");
        for (String row : page.split("<tr")) {
            if (row.contains(informant.username())) {
                assertTrue(row.contains("LOGIN"), row);
            }
        }
    }

    @Test
    @DisplayName("CMP-8 the AUDITOR reads the numbers per status and the ageing chart")
    void auditorReadsCountsAndAgeing() {
        NewMember.Registered accused = NewMember.person();
        file(accused, NewMember.person(), true);

        signIn(Api.AUDITOR);
        browser.get("/console/cases/queue.xhtml");

        browser.waitVisible("counts");
        assertTrue(browser.find("counts").getText().contains("SUBMITTED"),
                browser.find("counts")::getText);
        assertTrue(browser.find("ageing").getText().contains("SUBMITTED"));
        assertTrue(browser.findAll("queue-table").isEmpty(), "the queues are STAFF work");
    }

    private static long file(NewMember.Registered accused, NewMember.Registered informant,
            boolean anonymous) {
        Api.Answer filed = Api.post("/accusations", "{\"targetType\":\"MEMBER\",\"targetId\":"
                + accused.id() + ",\"category\":\"FRAUD\",\"description\":\"Takes payment,"
                + " never ships\",\"anonymous\":" + anonymous + "}", informant.login());
        assertEquals(201, filed.status(), filed::toString);
        return filed.json().getJsonNumber("id").longValue();
    }

    private void signInAsStaff() {
        signIn(Api.STAFF);
    }

    private void signIn(Api.Login who) {
        browser.get("/login.xhtml");
        browser.type("username", who.username());
        browser.type("password", who.password());
        browser.click("login");
        browser.waitForUrl("console/index.xhtml");
    }
}
