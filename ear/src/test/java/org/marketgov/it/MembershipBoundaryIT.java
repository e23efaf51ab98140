package org.marketgov.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.util.Optional;
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
import org.marketgov.persistence.membership.VerificationStatus;
import org.marketgov.platform.NotFound;
import org.marketgov.trading.ListingForm;
import org.marketgov.trading.TradeForm;
import org.marketgov.trading.TradingDesk;
import org.marketgov.persistence.membership.MemberKind;
import org.marketgov.platform.RuleViolation;

/**
 * The membership boundary inside the server: the EJB layer itself enforces roles, so a
 * caller that skips the API and the console still cannot act beyond its role.
 */
@ExtendWith({RequiresDeployment.class, ArquillianExtension.class})
class MembershipBoundaryIT {

    @EJB
    private MembershipDesk desk;

    @EJB
    private Acting.AsStaff asStaff;

    @EJB
    private Acting.AsMember asMember;

    @EJB
    private Acting.AsSeller asSeller;

    @EJB
    private Acting.AsBuyer asBuyer;

    @EJB
    private Acting.AsReader asReader;

    @EJB
    private TradingDesk trading;

    @Deployment
    static EnterpriseArchive deployment() {
        return BoundaryApp.with(MembershipBoundaryIT.class);
    }

    private static RegistrationForm person(String username) {
        return new RegistrationForm(username, "Quiet-Harbor-2048", username + "@example.com",
                NewMember.uniquePhone(), MemberKind.PERSON, username, true, true, null);
    }

    @Test
    @DisplayName("MEM-1 anyone may register through the boundary, without a role")
    void registerWithoutRole() {
        String username = NewMember.uniqueName("arq");

        MemberViews.Registered r = desk.register(person(username), "127.0.0.1");

        assertEquals(username, r.username());
    }

    @Test
    @DisplayName("MEM-6 MEM-7 DS-1 a MEMBER cannot call STAFF operations on the boundary")
    void memberCannotActAsStaff() {
        long id = desk.register(person(NewMember.uniqueName("arq")), "127.0.0.1").id();

        assertThrows(EJBAccessException.class, () -> asMember.call(() -> {
            desk.freeze(id, true, "not allowed", null);
            return null;
        }));
        assertThrows(EJBAccessException.class, () -> asMember.call(() -> {
            desk.terminate(id, null, "not allowed", null);
            return null;
        }));
        assertThrows(EJBAccessException.class, () -> asMember.call(() -> desk.search(null, null,
                0, 10)));
        assertThrows(EJBAccessException.class, () -> asMember.call(() ->
                desk.unmaskVerification(1L, null)));
    }

    @Test
    @DisplayName("MEM-7 STAFF freezes and unfreezes through the boundary; repeats are refused")
    void staffFreezes() {
        long id = desk.register(person(NewMember.uniqueName("arq")), "127.0.0.1").id();

        asStaff.call(() -> {
            desk.freeze(id, false, "boundary test", "127.0.0.1");
            return null;
        });
        asStaff.call(() -> {
            desk.unfreeze(id, "127.0.0.1");
            return null;
        });

        // The refusal crosses the test module's own bean, which wraps it.
        Exception refused = assertThrows(Exception.class, () -> asStaff.call(() -> {
            desk.unfreeze(id, "127.0.0.1");
            return null;
        }));
        assertEquals("MEM-7", ruleOf(refused));
    }

    @Test
    @DisplayName("MEM-3 without a role nobody reads a member profile or data")
    void noRoleNoProfile() {
        assertThrows(EJBAccessException.class, () -> desk.myProfile());
        assertThrows(EJBAccessException.class, () -> desk.myData());
    }

    private static String ruleOf(Throwable t) {
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation v) {
                return v.rule();
            }
        }
        return null;
    }

    @Test
    @DisplayName("MEM-3 a member's profile is always the caller's own: STAFF has none to read")
    void profileIsTheCallersOwn() {
        desk.register(person(NewMember.uniqueName("arq")), "127.0.0.1");

        MemberViews.Page<MemberViews.MemberSummary> page = asStaff.call(() -> desk.search(null, null,
                0, 5));

        assertTrue(page.total() > 0);
        assertThrows(EJBAccessException.class, () -> asStaff.call(() -> desk.myProfile()));
    }

    @Test
    @DisplayName("MEM-3 RISK-4 one member cannot read another's profile or trade on the boundary")
    void strangerCannotReadAnothersData() {
        MemberViews.MemberSummary seller = existing("arq-seller");
        existing("arq-buyer");
        MemberViews.MemberSummary reader = existing("arq-reader");
        if (seller.verification() != VerificationStatus.VERIFIED) {
            asSeller.call(() -> {
                desk.submitVerification(new VerificationForm("11010119900307425X", null, null,
                        null, null));
                return null;
            });
            asStaff.call(() -> {
                desk.decideVerification(seller.id(), true, "documents match", "127.0.0.1");
                return null;
            });
        }
        long listing = asSeller.call(() -> trading.publishListing(new ListingForm("Arq lamp",
                "a desk lamp", "HOME", new BigDecimal("20.00"), null))).id();
        long trade = asBuyer.call(() -> trading.openTrade(new TradeForm(listing, 1, "ESCROW",
                null, null))).id();

        assertEquals(reader.id(), asReader.call(() -> desk.myProfile()).id());
        assertEquals(trade, asSeller.call(() -> trading.trade(trade)).id());
        Exception trades = assertThrows(Exception.class,
                () -> asReader.call(() -> trading.trade(trade)));
        Exception records = assertThrows(Exception.class,
                () -> asReader.call(() -> trading.record(trade)));
        assertTrue(isNotFound(trades), "another member's trade is not found: " + trades);
        assertTrue(isNotFound(records), "nor is its record: " + records);
    }

    /** A named member, registered on first use and kept for later runs on the database. */
    private MemberViews.MemberSummary existing(String username) {
        Optional<MemberViews.MemberSummary> found = asStaff.call(() -> desk.search(username,
                null, 0, 20)).items().stream().filter(m -> m.username().equals(username))
                .findFirst();
        if (found.isEmpty()) {
            desk.register(person(username), "127.0.0.1");
            return existing(username);
        }
        return found.get();
    }

    private static boolean isNotFound(Throwable t) {
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            if (cause instanceof NotFound) {
                return true;
            }
        }
        return false;
    }
}
