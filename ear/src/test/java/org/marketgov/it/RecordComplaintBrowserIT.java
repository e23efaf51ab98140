package org.marketgov.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * STAFF records a complaint received by phone through the console and finds it in the
 * queue and on its own page (CMP-1, CMP-3); the trade is set up through the partner API.
 */
@ExtendWith(RequiresDeployment.class)
class RecordComplaintBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    @DisplayName("CMP-1 CMP-3 STAFF records a phone complaint in the console, sees it in the"
            + " queue, and its page lists the evidence and offers the case file download")
    void staffRecordsPhoneComplaint() {
        NewMember.Registered buyer = NewMember.person();
        long tradeId = trade(buyer);

        signInAsStaff();
        browser.get("/console/cases/queue.xhtml");
        browser.click("record-link");
        browser.waitForUrl("record-complaint.xhtml");
        browser.type("trade", String.valueOf(tradeId));
        browser.type("complainant", String.valueOf(buyer.id()));
        browser.type("facts", "Called: paid, nothing shipped");
        browser.click("record");

        browser.waitForUrl("cases/complaint.xhtml");
        String url = browser.waitFor(d -> d.getCurrentUrl());
        long id = Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertEquals("PHONE", browser.find("channel").getText());
        assertEquals("SUBMITTED", browser.find("status").getText());
        assertTrue(browser.find("evidence").isDisplayed());
        assertFalse(browser.findAll("download-case-file").isEmpty());

        JsonObject seen = Api.get("/complaints/" + id, Api.STAFF).json();
        assertEquals(buyer.id(), seen.getJsonNumber("complainantId").longValue());
        browser.get("/console/cases/queue.xhtml");
        browser.waitVisible("queue-table");
        assertTrue(browser.pageSource().contains(seen.getString("caseNumber")));
    }

    private void signInAsStaff() {
        browser.get("/login.xhtml");
        browser.type("username", Api.STAFF.username());
        browser.type("password", Api.STAFF.password());
        browser.click("login");
        browser.waitForUrl("console/index.xhtml");
    }

    /** A fresh trade of the buyer with a new verified seller. */
    private static long trade(NewMember.Registered buyer) {
        NewMember.Registered seller = NewMember.verifiedPerson();
        Api.Answer listing = Api.post("/listings", "{\"title\":\"Lamp\",\"description\":"
                + "\"Brass, 40 cm\",\"section\":\"HOME\",\"price\":\"30.00\"}", seller.login());
        assertEquals(201, listing.status(), listing::toString);
        Api.Answer trade = Api.post("/trades", "{\"listingId\":"
                + listing.json().getJsonNumber("id") + ",\"quantity\":1,"
                + "\"paymentMethod\":\"ESCROW\"}", buyer.login());
        assertEquals(201, trade.status(), trade::toString);
        return trade.json().getJsonNumber("id").longValue();
    }
}
