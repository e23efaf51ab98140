package org.marketgov.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marketgov.persistence.trading.Party;
import org.marketgov.persistence.trading.TradeAction;
import org.marketgov.persistence.trading.TradeStatus;
import org.marketgov.platform.RuleViolation;

class TradeLifecycleTest {

    /** Who acts: one of the parties, or the site itself. */
    enum Actor {
        BUYER(Party.BUYER), SELLER(Party.SELLER), SITE(null);

        final Party party;

        Actor(Party party) {
            this.party = party;
        }
    }

    /** The lifecycle as the specification draws it, written out independently of the code. */
    private static final Map<TradeStatus, Map<TradeAction, TradeStatus>> LEGAL = Map.of(
            TradeStatus.CREATED, Map.of(TradeAction.PAY, TradeStatus.PAID,
                    TradeAction.CANCEL, TradeStatus.CANCELLED),
            TradeStatus.PAID, Map.of(TradeAction.SHIP, TradeStatus.SHIPPED,
                    TradeAction.CANCEL, TradeStatus.CANCELLED),
            TradeStatus.SHIPPED, Map.of(TradeAction.CONFIRM_RECEIPT, TradeStatus.COMPLETED,
                    TradeAction.AUTO_COMPLETE, TradeStatus.COMPLETED),
            TradeStatus.COMPLETED, Map.of(),
            TradeStatus.CANCELLED, Map.of());

    private static final Map<TradeAction, Set<Actor>> WHO_MAY = Map.of(
            TradeAction.PAY, Set.of(Actor.BUYER),
            TradeAction.SHIP, Set.of(Actor.SELLER),
            TradeAction.CONFIRM_RECEIPT, Set.of(Actor.BUYER),
            TradeAction.CANCEL, Set.of(Actor.BUYER, Actor.SELLER),
            TradeAction.AUTO_COMPLETE, Set.of(Actor.SITE));

    static Stream<Arguments> everyStatusActionAndActor() {
        List<Arguments> all = new ArrayList<>();
        for (TradeStatus status : TradeStatus.values()) {
            for (TradeAction action : TradeAction.values()) {
                for (Actor actor : Actor.values()) {
                    all.add(Arguments.of(status, action, actor));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "RISK-3 {0} trade, {1} by {2}")
    @MethodSource("everyStatusActionAndActor")
    @DisplayName("RISK-3 every status, action and actor is decided as the lifecycle says")
    void everyCombination(TradeStatus status, TradeAction action, Actor actor) {
        TradeStatus expected = LEGAL.get(status).get(action);
        boolean allowed = expected != null && WHO_MAY.get(action).contains(actor);

        if (allowed) {
            assertEquals(expected, TradeLifecycle.require(status, action, actor.party));
        } else {
            RuleViolation refused = assertThrows(RuleViolation.class,
                    () -> TradeLifecycle.require(status, action, actor.party));
            assertEquals("RISK-3", refused.rule());
        }
    }

    @Test
    @DisplayName("RISK-3 a shipped trade cannot be cancelled")
    void shippedCannotBeCancelled() {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> TradeLifecycle.require(TradeStatus.SHIPPED, TradeAction.CANCEL, Party.BUYER));
        assertEquals("RISK-3", refused.rule());
        assertEquals("a SHIPPED trade cannot be cancelled; it is shipped, so only receipt"
                + " can complete it", refused.getMessage());
    }

    @Test
    @DisplayName("RISK-3 the seller cannot confirm receipt on the buyer's behalf")
    void sellerCannotConfirmReceipt() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> TradeLifecycle.require(
                TradeStatus.SHIPPED, TradeAction.CONFIRM_RECEIPT, Party.SELLER));
        assertEquals("only the buyer confirms receipt", refused.getMessage());
    }

    @Test
    @DisplayName("RISK-3 a paid trade can still be cancelled by either party")
    void paidCanBeCancelledByEither() {
        assertEquals(TradeStatus.CANCELLED,
                TradeLifecycle.require(TradeStatus.PAID, TradeAction.CANCEL, Party.BUYER));
        assertEquals(TradeStatus.CANCELLED,
                TradeLifecycle.require(TradeStatus.PAID, TradeAction.CANCEL, Party.SELLER));
    }

    @Test
    @DisplayName("RISK-3 a completed trade cannot change any more")
    void completedIsFinal() {
        for (TradeAction action : TradeAction.values()) {
            for (Actor actor : Actor.values()) {
                assertThrows(RuleViolation.class,
                        () -> TradeLifecycle.require(TradeStatus.COMPLETED, action, actor.party));
            }
        }
    }

    @Test
    @DisplayName("MEM-5 created, paid and shipped trades are open; completed and cancelled are not")
    void openStatuses() {
        assertEquals(Set.of(TradeStatus.CREATED, TradeStatus.PAID, TradeStatus.SHIPPED),
                Stream.of(TradeStatus.values()).filter(TradeStatus::isOpen)
                        .collect(java.util.stream.Collectors.toSet()));
    }
}
