package org.marketgov.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.By;

/**
 * The break-glass unsealing of an anonymous informant on the console, in two browsers
 * (DS-4, CMP-4): STAFF asks on the accusation page, the AUDITOR approves on the requests
 * page, STAFF reads the informant there, and after the grant has run out (the test clock
 * moved on) the read is gone. The report itself is filed through the partner API.
 */
@ExtendWith(RequiresDeployment.class)
class UnsealBrowserIT {

    @RegisterExtension
    final Browser staff = new Browser();

    @RegisterExtension
    final Browser auditor = new Browser();

    @Test
    @DisplayName("DS-4 CMP-4 STAFF requests unsealing, another role (AUDITOR) approves, STAFF"
            + " reads the informant once granted, and the grant runs out after 30 minutes")
    void requestApproveReadExpire() {
        NewMember.Registered accused = NewMember.person();
        NewMember.Registered informant = NewMember.person();
        Api.Answer filed = Api.post("/accusations", "{\"targetType\":\"MEMBER\",\"targetId\":"
                + accused.id() + ",\"category\":\"FRAUD\",\"description\":\"Fake invoices\","
                + "\"anonymous\":true}", informant.login());
        assertEquals(201, filed.status(), filed::toString);
        long accusation = filed.json().getJsonNumber("id").longValue();

        signIn(staff, Api.STAFF);
        staff.get("/console/cases/accusation.xhtml?id=" + accusation);
        staff.type("unseal-reason", "Court order 2026-44");
        staff.click("request-unseal");
        staff.waitVisible("unseal-request-link").click();
        staff.waitForUrl("unseal-requests.xhtml");
        String request = staff.waitVisible("request-id").getText();
        assertEquals("PENDING", staff.find("request-status").getText());
        assertTrue(staff.findAll("read-informant").isEmpty(), "no read before approval");
        assertTrue(staff.findAll("approve").isEmpty(), "STAFF does not decide");

        signIn(auditor, Api.AUDITOR);
        auditor.get("/console/cases/unseal-requests.xhtml");
        assertTrue(auditor.find("pending-table").getText().contains("Court order 2026-44"));
        auditor.get("/console/cases/unseal-requests.xhtml?request=" + request);
        assertFalse(auditor.pageSource().contains(informant.username()));
        auditor.click("approve");
        auditor.waitFor(ExpectedConditions.textToBe(By.id("request-status"), "APPROVED"));

        staff.get("/console/cases/unseal-requests.xhtml?request=" + request);
        staff.waitVisible("read-informant").click();
        assertEquals(informant.username(), staff.waitVisible("unsealed-informant").getText());

        assertEquals(200, Api.post("/admin/clock", "{\"advance\":\"PT31M\"}", Api.STAFF)
                .status());
        staff.get("/console/cases/unseal-requests.xhtml?request=" + request);
        staff.waitVisible("request-status");
        assertTrue(staff.findAll("read-informant").isEmpty(), "the grant ran out");
        assertFalse(staff.pageSource().contains(informant.username()));
    }

    private static void signIn(Browser browser, Api.Login who) {
        browser.get("/login.xhtml");
        browser.type("username", who.username());
        browser.type("password", who.password());
        browser.click("login");
        browser.waitForUrl("console/index.xhtml");
    }
}
