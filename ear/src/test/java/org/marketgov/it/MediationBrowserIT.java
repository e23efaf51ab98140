package org.marketgov.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A mediator handles a complaint in the console, in a browser (CMP-2, CMP-3); the
 * parties and their trade are set up through the partner API.
 */
@ExtendWith(RequiresDeployment.class)
class MediationBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    @DisplayName("CMP-3 a mediator admits a complaint, takes it and proposes a settlement;"
            + " the parties are asked to answer")
    void mediatorHandlesACase() {
        long id = filedComplaint();

        signInAsStaff();
        browser.get("/console/cases/complaint.xhtml?id=" + id);
        browser.type("text", "Within the trade's scope");
        click("accept", "ACCEPTED");
        click("take", "IN_MEDIATION");
        browser.type("text", "The seller refunds half the price");
        click("propose", "PROPOSED");

        JsonObject seen = Api.get("/complaints/" + id, Api.STAFF).json();
        assertEquals("staff", seen.getString("mediator"));
        assertEquals("The seller refunds half the price", seen.getString("proposal"));
        assertTrue(browser.find("timeline").getText().contains("PROPOSAL"));
    }

    @Test
    @DisplayName("CMP-3 a case is handed to another STAFF account chosen from the list of"
            + " mediators")
    void caseHandedToAnotherMediator() {
        long id = filedComplaint();
        String mediator = NewStaff.added("STAFF", Api.STAFF).username();

        signInAsStaff();
        browser.get("/console/cases/complaint.xhtml?id=" + id);
        click("accept", "ACCEPTED");
        new Select(browser.find("mediator")).selectByVisibleText(mediator);
        click("assign", "IN_MEDIATION");

        assertEquals(mediator, Api.get("/complaints/" + id, Api.STAFF).json()
                .getString("mediator"));
        assertTrue(new Select(browser.find("mediator")).getOptions().stream()
                .noneMatch(o -> o.getText().equals("auditor")), "an AUDITOR does not mediate");
    }

    @Test
    @DisplayName("CMP-8 the queue lists the new complaint with its due time, and the ageing"
            + " chart counts it")
    void queueAndAgeing() {
        long id = filedComplaint();
        String number = Api.get("/complaints/" + id, Api.STAFF).json().getString("caseNumber");

        signInAsStaff();
        browser.get("/console/cases/queue.xhtml");

        browser.waitVisible("queue-table");
        assertTrue(browser.pageSource().contains(number));
        assertTrue(browser.find("ageing").getText().contains("SUBMITTED"));
    }

    @Test
    @DisplayName("CMP-1 a buyer complains about a trade on the member pages and withdraws")
    void memberFilesAndWithdraws() {
        NewMember.Registered buyer = NewMember.person();
        long tradeId = trade(buyer);

        browser.get("/login.xhtml");
        browser.type("username", buyer.username());
        browser.type("password", NewMember.PASSWORD);
        browser.click("login");
        browser.waitForUrl("profile.xhtml");
        browser.get("/member/complaints.xhtml?trade=" + tradeId);
        browser.type("facts", "Paid, nothing shipped after a week");
        browser.click("submit");
        browser.waitForUrl("complaint.xhtml");
        assertEquals("SUBMITTED", browser.find("status").getText());
        click("withdraw", "WITHDRAWN");

        browser.get("/member/complaints.xhtml");
        assertTrue(browser.find("complaint-table").getText().contains("WITHDRAWN"));
    }

    private void click(String button, String status) {
        browser.click(button);
        browser.waitFor(ExpectedConditions.textToBe(By.id("status"), status));
    }

    private void signInAsStaff() {
        browser.get("/login.xhtml");
        browser.type("username", Api.STAFF.username());
        browser.type("password", Api.STAFF.password());
        browser.click("login");
        browser.waitForUrl("console/index.xhtml");
    }

    /** A complaint by the buyer of a fresh trade, not yet admitted. */
    private static long filedComplaint() {
        NewMember.Registered buyer = NewMember.person();
        Api.Answer filed = Api.post("/complaints", "{\"tradeId\":" + trade(buyer)
                + ",\"type\":\"PAID_NOT_SHIPPED\","
                + "\"facts\":\"Paid a week ago, nothing shipped\"}", buyer.login());
        assertEquals(201, filed.status(), filed::toString);
        return filed.json().getJsonNumber("id").longValue();
    }

    /** A fresh trade of the buyer with a new verified seller. */
    private static long trade(NewMember.Registered buyer) {
        NewMember.Registered seller = NewMember.verifiedPerson();
        Api.Answer listing = Api.post("/listings", "{\"title\":\"Kettle\",\"description\":"
                + "\"Steel, 1.5 l\",\"section\":\"HOME\",\"price\":\"45.00\"}", seller.login());
        assertEquals(201, listing.status(), listing::toString);
        Api.Answer trade = Api.post("/trades", "{\"listingId\":"
                + listing.json().getJsonNumber("id") + ",\"quantity\":1,"
                + "\"paymentMethod\":\"ESCROW\"}", buyer.login());
        assertEquals(201, trade.status(), trade::toString);
        return trade.json().getJsonNumber("id").longValue();
    }
}
