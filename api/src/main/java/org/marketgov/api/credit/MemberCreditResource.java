package org.marketgov.api.credit;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.marketgov.credit.CreditLedger;
import org.marketgov.credit.CreditViews.CreditSummary;
import org.marketgov.platform.NotFound;

/**
 * CR-10: a member's credit as seller and as buyer, readable by anyone; {@code me}
 * names the calling member.
 */
@Path("/members/{memberId}/credit")
@Produces(MediaType.APPLICATION_JSON)
public class MemberCreditResource {

    @EJB
    private CreditLedger ledger;

    @GET
    public CreditSummary credit(@PathParam("memberId") String memberId) {
        if ("me".equals(memberId)) {
            return ledger.myCredit();
        }
        try {
            return ledger.creditOf(Long.parseLong(memberId));
        } catch (NumberFormatException e) {
            throw new NotFound("member " + memberId);
        }
    }
}
