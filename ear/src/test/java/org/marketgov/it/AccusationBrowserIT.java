package org.marketgov.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

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

    private static long file(NewMember.Registered accused, NewMember.Registered informant,
            boolean anonymous) {
        Api.Answer filed = Api.post("/accusations", "{\"targetType\":\"MEMBER\",\"targetId\":"
                + accused.id() + ",\"category\":\"FRAUD\",\"description\":\"Takes payment,"
                + " never ships\",\"anonymous\":" + anonymous + "}", informant.login());
        assertEquals(201, filed.status(), filed::toString);
        return filed.json().getJsonNumber("id").longValue();
    }

    private void signInAsStaff() {
        browser.get("/login.xhtml");
        browser.type("username", Api.STAFF.username());
        browser.type("password", Api.STAFF.password());
        browser.click("login");
        browser.waitForUrl("console/index.xhtml");
    }
}
