package org.marketgov.api.trading;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.marketgov.trading.TradeContracts;
import org.marketgov.trading.TradeViews.ContractView;

/**
 * RISK-5: anyone verifies a signed contract by its SHA-256 hash. The answer holds the
 * text, the public keys and the signatures (ECDSA P-256 over the text's UTF-8 NFC
 * bytes), so the check can also be repeated offline with any standard tool.
 */
@Path("/contracts")
@Produces(MediaType.APPLICATION_JSON)
public class ContractResource {

    @EJB
    private TradeContracts contracts;

    @GET
    @Path("/{hash}/verification")
    public ContractView verification(@PathParam("hash") String hash) {
        return contracts.verification(hash);
    }
}
