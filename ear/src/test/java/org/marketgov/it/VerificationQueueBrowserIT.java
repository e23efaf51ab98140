package org.marketgov.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** DS-1 in the console: the STAFF verification queue is masked until one entry is opened. */
@ExtendWith(RequiresDeployment.class)
class VerificationQueueBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    @DisplayName("DS-1 DS-3 the console queue shows documents masked; unmasking one entry shows"
            + " it in clear and is audited")
    void maskedUntilUnmasked() {
        NewMember.Registered m = NewMember.person();
        String idNumber = "4403051988" + String.format("%07d", m.id() % 10_000_000) + "1";
        assertEquals(202, Api.post("/members/me/verification",
                "{\"idNumber\":\"" + idNumber + "\"}", m.login()).status());

        browser.get("/login.xhtml");
        browser.type("username", Api.STAFF.username());
        browser.type("password", Api.STAFF.password());
        browser.click("login");
        browser.waitForUrl("console/index.xhtml");
        browser.get("/console/membership/verifications.xhtml");
        String masked = browser.waitVisible("queue:0:documents").getText();
        browser.click("queue:0:unmask");
        String clear = browser.waitVisible("queue:0:documents").getText();

        assertTrue(masked.contains("*"), masked);
        assertFalse(clear.contains("*"), clear);
        assertTrue(Api.get("/audit?size=50", Api.AUDITOR).text().contains("PERSONAL_DATA_READ"));
    }
}
