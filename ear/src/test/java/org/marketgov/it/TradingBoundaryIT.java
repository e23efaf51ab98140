package org.marketgov.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marketgov.membership.MemberViews;
import org.marketgov.membership.MembershipDesk;
import org.marketgov.membership.RegistrationForm;
import org.marketgov.membership.VerificationForm;
import org.marketgov.persistence.membership.MemberKind;
import org.marketgov.persistence.membership.VerificationStatus;
import org.marketgov.persistence.trading.ContractSignature;
import org.marketgov.persistence.trading.Party;
import org.marketgov.platform.RuleViolation;
import org.marketgov.trading.ContractSigning;
import org.marketgov.trading.ListingForm;
import org.marketgov.trading.TradeContracts;
import org.marketgov.trading.TradeForm;
import org.marketgov.trading.TradeViews.ContractView;
import org.marketgov.trading.TradingDesk;

/**
 * The contract boundary inside the server, against a row written behind its back: a
 * signature made with a key pair the site never issued must not count (RISK-5).
 */
@ExtendWith({RequiresDeployment.class, ArquillianExtension.class})
class TradingBoundaryIT {

    /** Writes a signature row straight into the database, as an intruder with access would. */
    @Stateless
    public static class Forger {

        @PersistenceContext(unitName = "market")
        private EntityManager em;

        public void store(ContractSignature forged) {
            em.persist(forged);
        }

        public long contractOf(long tradeId) {
            return em.createQuery("select c.id from TradeContract c where c.tradeId = :t",
                    Long.class).setParameter("t", tradeId).getSingleResult();
        }
    }

    @EJB
    private MembershipDesk membership;

    @EJB
    private TradingDesk trading;

    @EJB
    private TradeContracts contracts;

    @EJB
    private Forger forger;

    @EJB
    private Acting.AsStaff asStaff;

    @EJB
    private Acting.AsSeller asSeller;

    @EJB
    private Acting.AsBuyer asBuyer;

    @Deployment
    static EnterpriseArchive deployment() {
        return BoundaryApp.with(TradingBoundaryIT.class, Forger.class);
    }

    @Test
    @DisplayName("RISK-5 forge: a seller signature from a self-made key pair neither counts nor"
            + " unlocks payment")
    void selfMadeKeyDoesNotCount() {
        long sellerId = verified("arq-seller", () -> asSeller.call(() -> submit(
                "11010119900307425X")));
        verified("arq-buyer", () -> asBuyer.call(() -> submit("110101198506150027")));
        long listing = asSeller.call(() -> trading.publishListing(new ListingForm("Arq piano",
                "an upright piano", "HOME", new BigDecimal("12000.00"), null))).id();
        long trade = asBuyer.call(() -> trading.openTrade(new TradeForm(listing, 1, "ESCROW",
                null, null))).id();
        asBuyer.call(() -> contracts.sign(trade));
        ContractView before = asBuyer.call(() -> contracts.contract(trade));

        ContractSigning.IssuedKey selfMade = ContractSigning.issue();
        forger.store(new ContractSignature(forger.contractOf(trade), new ContractSignature.Signed(
                Party.SELLER, sellerId, ContractSigning.ALGORITHM, selfMade.publicKey(),
                ContractSigning.sign(before.text(), selfMade.privateKey()),
                OffsetDateTime.now())));
        ContractView after = asBuyer.call(() -> contracts.contract(trade));

        assertEquals(2, after.signatures().size());
        assertFalse(after.signedByBoth(), after::toString);
        assertTrue(after.signatures().stream().filter(s -> s.party() == Party.BUYER)
                .allMatch(s -> s.verified()));
        assertTrue(after.signatures().stream().filter(s -> s.party() == Party.SELLER)
                .noneMatch(s -> s.verified()));
        Exception refused = assertThrows(Exception.class,
                () -> asBuyer.call(() -> trading.pay(trade)));
        assertEquals("RISK-5", ruleOf(refused), refused::toString);
    }

    private Object submit(String idNumber) {
        membership.submitVerification(new VerificationForm(idNumber, null, null, null, null));
        return null;
    }

    /** Verifies the named member's real name unless done already; answers their id. */
    private long verified(String username, Supplier<Object> submitOwnId) {
        MemberViews.MemberSummary m = existing(username);
        if (m.verification() == VerificationStatus.UNVERIFIED) {
            submitOwnId.get();
        }
        if (m.verification() != VerificationStatus.VERIFIED) {
            asStaff.call(() -> {
                membership.decideVerification(m.id(), true, "documents match", "127.0.0.1");
                return null;
            });
        }
        return m.id();
    }

    private MemberViews.MemberSummary existing(String username) {
        Optional<MemberViews.MemberSummary> found = asStaff.call(() -> membership.search(
                username, null, 0, 20)).items().stream()
                .filter(m -> m.username().equals(username)).findFirst();
        if (found.isEmpty()) {
            membership.register(new RegistrationForm(username, "Quiet-Harbor-2048", username
                    + "@example.com", NewMember.uniquePhone(), MemberKind.PERSON, username,
                    true, true, null), "127.0.0.1");
            return existing(username);
        }
        return found.get();
    }

    private static String ruleOf(Throwable t) {
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation v) {
                return v.rule();
            }
        }
        return null;
    }
}
