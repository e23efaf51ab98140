package org.marketgov.trading;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.marketgov.persistence.trading.ContractSignature;
import org.marketgov.persistence.trading.SigningKey;
import org.marketgov.persistence.trading.TradeContract;
import org.marketgov.persistence.trading.TradeEventType;
import org.marketgov.platform.InvalidInput;
import org.marketgov.platform.NotFound;
import org.marketgov.security.Roles;
import org.marketgov.trading.TradeParties.Mine;
import org.marketgov.trading.TradeViews.ContractView;
import org.marketgov.trading.TradeViews.SignatureView;

/**
 * The electronic contract boundary (RISK-5). The parties of a trade read its contract
 * and sign it, each once, with the key pair the site issued to them; every signature
 * is appended to the trade's record. Anyone holding a contract's hash can have it
 * verified: the answer carries the text, the public keys and the signatures, which is
 * all a verifier needs to check it again without the site.
 *
 * <p>Limitation: two first signatures by one member racing each other may both try to
 * issue the member's key; the loser is answered 409 and succeeds when repeated.
 *
 * <p>A signature counts only when it was made with the key the site issued to the member
 * on its side; a row carrying any other key is shown as not verified and unlocks nothing.
 * Limitation: such a row still occupies its side, because the database keeps one
 * signature per side, so the real party cannot sign until STAFF removes it.
 *
 * <p>Limitation: whoever holds a contract's hash reads its text, which names the
 * parties by display name and member number; the hash is the only secret.
 */
@Stateless
@DeclareRoles({Roles.MEMBER, Roles.STAFF, Roles.AUDITOR})
public class TradeContracts {

    private static final Logger LOG = Logger.getLogger(TradeContracts.class.getName());
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    @Resource
    private SessionContext caller;

    @Inject
    private Clock clock;

    @Inject
    private TradeParties parties;

    @Inject
    private TradeBook book;

    @Inject
    private ContractBook contracts;

    /** RISK-5: a trade's contract, for its parties and STAFF. */
    @RolesAllowed({Roles.MEMBER, Roles.STAFF})
    public ContractView contract(long tradeId) {
        long id = parties.readable(tradeId, caller.isCallerInRole(Roles.STAFF)).id();
        return contracts.view(contracts.contractOf(id));
    }

    /** RISK-5: the calling party signs the trade's contract with their site-issued key. */
    @RolesAllowed(Roles.MEMBER)
    public SignatureView sign(long tradeId) {
        Mine mine = parties.mine(tradeId);
        TradeContract contract = contracts.contractOf(tradeId);
        ContractRules.requireMaySign(mine.trade().status(), mine.side(),
                contracts.signedSides(tradeId));

        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        SigningKey key = contracts.keyOf(mine.memberId(), now);
        String signature = ContractSigning.sign(contract.body(), key.privateKey());
        ContractSignature signed = new ContractSignature(contract.id(),
                new ContractSignature.Signed(mine.side(), mine.memberId(), key.algorithm(),
                        key.publicKey(), signature, now));
        contracts.add(signed);
        book.append(mine.trade(), TradeEventType.CONTRACT_SIGNED,
                caller.getCallerPrincipal().getName(), new TradeRecord.Payload()
                        .with("party", mine.side()).with("contractHash", contract.hash())
                        .with("algorithm", key.algorithm()).with("publicKey", key.publicKey())
                        .with("signature", signature), now);

        LOG.log(Level.INFO, "contract of trade {0} signed by the {1}",
                new Object[] {tradeId, mine.side()});
        // the key was just issued to this member by the site, so it counts when it verifies
        return ContractBook.view(signed, ContractSigning.verify(contract.body(), signature,
                key.publicKey()));
    }

    /**
     * RISK-5: public verification of a contract by its SHA-256 hash: the text, whether
     * it still has that hash, and every signature with its public key and verdict.
     */
    @PermitAll
    public ContractView verification(String hash) {
        if (hash == null || !HASH.matcher(hash).matches()) {
            throw InvalidInput.of("hash", "64 lower-case hexadecimal digits (SHA-256)");
        }
        List<TradeContract> found = contracts.withHash(hash);
        if (found.isEmpty()) {
            throw new NotFound("contract " + hash);
        }
        return contracts.view(found.get(0));
    }
}
