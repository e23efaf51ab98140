package org.marketgov.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A buyer opens an after-sales case in the console and sees the decision, in a browser. */
@ExtendWith(RequiresDeployment.class)
class AfterSalesBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    @DisplayName("AS-9 a buyer follows the link on a completed trade, opens a case and sees"
            + " the AS-1 decision before choosing")
    void openCaseInTheConsole() {
        NewMember.Registered seller = NewMember.verifiedPerson();
        NewMember.Registered buyer = NewMember.verifiedPerson();
        Api.Answer listing = Api.post("/listings", "{\"title\":\"Desk lamp\",\"description\":"
                + "\"LED\",\"section\":\"HOME\",\"price\":\"59.00\"}", seller.login());
        assertEquals(201, listing.status(), listing::toString);
        Api.Answer trade = Api.post("/trades", "{\"listingId\":"
                + listing.json().getJsonNumber("id") + ",\"quantity\":1,"
                + "\"paymentMethod\":\"ESCROW\"}", buyer.login());
        long tradeId = trade.json().getJsonNumber("id").longValue();
        Api.post("/trades/" + tradeId + "/payment", null, buyer.login());
        Api.post("/trades/" + tradeId + "/shipment", "{\"carrier\":\"SF Express\","
                + "\"trackingNumber\":\"SF5555666677\"}", seller.login());
        assertEquals(200, Api.post("/trades/" + tradeId + "/receipt", null, buyer.login())
                .status());

        browser.get("/login.xhtml");
        browser.type("username", buyer.username());
        browser.type("password", NewMember.PASSWORD);
        browser.click("login");
        browser.waitForUrl("profile.xhtml");
        browser.get("/member/trade.xhtml?id=" + tradeId);
        browser.click("after-sales");
        browser.waitForUrl("after-sales.xhtml");
        browser.type("description", "The lamp flickers");
        browser.click("submit");

        assertEquals("AS-1", browser.waitVisible("case-rule").getText());
        assertTrue(browser.pageSource().contains("Return (refund)"));
        assertEquals(1, Api.get("/after-sales", buyer.login()).json().getInt("total"));
    }

    @Test
    @DisplayName("AS-4 STAFF records a repair that did not fix the fault on the case page,"
            + " once the buyer chose a repair and the goods arrived")
    void staffRecordsARepair() {
        long caseId = openedCase(true);

        staffLogin();
        browser.get("/console/aftersales/case.xhtml?id=" + caseId);
        browser.click("repair-failed");
        browser.waitVisible("case-repairs");

        assertTrue(browser.pageSource().contains("Not fixed"));
        assertEquals(1, Api.get("/after-sales/" + caseId, Api.STAFF).json()
                .getJsonArray("repairs").size());
    }

    @Test
    @DisplayName("AS-9 the case page offers no repair before the buyer chose one and the goods"
            + " arrived")
    void noRepairBeforeReceipt() {
        long caseId = openedCase(false);

        staffLogin();
        browser.get("/console/aftersales/case.xhtml?id=" + caseId);
        browser.waitVisible("case-timeline");

        assertFalse(browser.pageSource().contains("id=\"repair-failed\""));
        assertFalse(browser.pageSource().contains("id=\"repair-fixed\""));
    }

    private void staffLogin() {
        browser.get("/login.xhtml");
        browser.type("username", Api.STAFF.username());
        browser.type("password", Api.STAFF.password());
        browser.click("login");
        browser.waitForUrl("console/index.xhtml");
    }

    /** A case on a completed trade; with {@code readyForRepair}, REPAIR chosen and received. */
    private static long openedCase(boolean readyForRepair) {
        NewMember.Registered seller = NewMember.verifiedPerson();
        NewMember.Registered buyer = NewMember.verifiedPerson();
        long listingId = Api.post("/listings", "{\"title\":\"Fan\",\"description\":"
                + "\"Desk fan\",\"section\":\"HOME\",\"price\":\"39.00\"}", seller.login())
                .json().getJsonNumber("id").longValue();
        long tradeId = Api.post("/trades", "{\"listingId\":" + listingId + ",\"quantity\":1,"
                + "\"paymentMethod\":\"ESCROW\"}", buyer.login()).json().getJsonNumber("id")
                .longValue();
        Api.post("/trades/" + tradeId + "/payment", null, buyer.login());
        Api.post("/trades/" + tradeId + "/shipment", "{\"carrier\":\"SF Express\","
                + "\"trackingNumber\":\"SF7777888899\"}", seller.login());
        Api.post("/trades/" + tradeId + "/receipt", null, buyer.login());
        Api.Answer opened = Api.post("/trades/" + tradeId + "/after-sales", "{\"cause\":"
                + "\"QUALITY_DEFECT\",\"hasInvoice\":true,\"description\":\"Noisy\"}",
                buyer.login());
        assertEquals(201, opened.status(), opened::toString);
        long caseId = opened.json().getJsonNumber("id").longValue();
        if (!readyForRepair) {
            return caseId;
        }
        Api.Answer chosen = Api.post("/after-sales/" + caseId + "/remedy",
                "{\"remedy\":\"REPAIR\"}", buyer.login());
        assertEquals(200, chosen.status(), chosen::toString);
        Api.Answer received = Api.post("/after-sales/" + caseId + "/receipt", null, Api.STAFF);
        assertEquals(200, received.status(), received::toString);
        return caseId;
    }
}
