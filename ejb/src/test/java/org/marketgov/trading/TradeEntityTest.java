package org.marketgov.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marketgov.persistence.trading.Listing;
import org.marketgov.persistence.trading.ListingStatus;
import org.marketgov.persistence.trading.Party;
import org.marketgov.persistence.trading.PaymentMethod;
import org.marketgov.persistence.trading.Section;
import org.marketgov.persistence.trading.Trade;
import org.marketgov.persistence.trading.TradeAction;
import org.marketgov.persistence.trading.TradeStatus;

class TradeEntityTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0,
            ZoneOffset.ofHours(8));

    static Trade tradeIn(TradeStatus status) {
        Trade trade = new Trade(new Trade.Opening(7L, 1L, 2L, "Tea pot", 2,
                new BigDecimal("64.25"), new BigDecimal("128.50"), PaymentMethod.ESCROW, T0));
        switch (status) {
            case CREATED -> { }
            case PAID -> trade.pay(T0.plusHours(1));
            case SHIPPED -> {
                trade.pay(T0.plusHours(1));
                trade.ship("SF Express", "SF1234567890", T0.plusHours(2));
            }
            case COMPLETED -> {
                trade.pay(T0.plusHours(1));
                trade.ship("SF Express", "SF1234567890", T0.plusHours(2));
                trade.confirmReceipt(T0.plusDays(2));
            }
            case CANCELLED -> trade.cancel(Party.BUYER, T0.plusHours(1));
        }
        return trade;
    }

    private static void act(Trade trade, TradeAction action, OffsetDateTime at) {
        switch (action) {
            case PAY -> trade.pay(at);
            case SHIP -> trade.ship("SF Express", "SF1234567890", at);
            case CONFIRM_RECEIPT -> trade.confirmReceipt(at);
            case AUTO_COMPLETE -> trade.completeAutomatically(at);
            case CANCEL -> trade.cancel(Party.SELLER, at);
        }
    }

    static Stream<Arguments> everyStatusAndAction() {
        List<Arguments> all = new ArrayList<>();
        for (TradeStatus status : TradeStatus.values()) {
            for (TradeAction action : TradeAction.values()) {
                all.add(Arguments.of(status, action));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "RISK-3 the entity: {1} on a {0} trade")
    @MethodSource("everyStatusAndAction")
    @DisplayName("RISK-3 the trade entity itself refuses every illegal move and keeps its status")
    void entityGuardsItsLifecycle(TradeStatus status, TradeAction action) {
        Trade trade = tradeIn(status);
        OffsetDateTime at = T0.plusDays(20);

        if (status.after(action).isPresent()) {
            act(trade, action, at);
            assertEquals(status.after(action).get(), trade.status());
        } else {
            assertThrows(IllegalStateException.class, () -> act(trade, action, at));
            assertEquals(status, trade.status());
        }
    }

    @Test
    @DisplayName("CR-11 RISK-6 a trade keeps the list price it opened with beside the price paid")
    void listPriceSnapshot() {
        Trade listed = tradeIn(TradeStatus.CREATED);
        Trade offered = new Trade(new Trade.Opening(7L, 1L, 2L, "Tea pot", 1,
                new BigDecimal("10.00"), new BigDecimal("64.25"), new BigDecimal("10.00"),
                PaymentMethod.ESCROW, T0), 99L);

        assertEquals(new BigDecimal("64.25"), listed.listPrice());
        assertEquals(new BigDecimal("64.25"), listed.unitPrice());
        assertEquals(new BigDecimal("64.25"), offered.listPrice());
        assertEquals(new BigDecimal("10.00"), offered.unitPrice());
    }

    @Test
    @DisplayName("RISK-3 confirming receipt completes the trade and records when")
    void confirmReceiptRecordsCompletion() {
        Trade trade = tradeIn(TradeStatus.SHIPPED);

        trade.confirmReceipt(T0.plusDays(3));

        assertEquals(TradeStatus.COMPLETED, trade.status());
        assertEquals(T0.plusDays(3), trade.completedAt());
        assertEquals(false, trade.completedAutomatically());
    }

    @Test
    @DisplayName("RISK-3 an automatic completion is marked as such")
    void automaticCompletionIsMarked() {
        Trade trade = tradeIn(TradeStatus.SHIPPED);

        trade.completeAutomatically(T0.plusDays(10));

        assertTrue(trade.completedAutomatically());
        assertNotNull(trade.completedAt());
    }

    @Test
    @DisplayName("RISK-3 a cancellation records which side cancelled and when")
    void cancellationRecordsSide() {
        Trade trade = tradeIn(TradeStatus.PAID);

        trade.cancel(Party.SELLER, T0.plusHours(5));

        assertEquals(Party.SELLER, trade.cancelledBy());
        assertEquals(T0.plusHours(5), trade.cancelledAt());
        assertNull(trade.completedAt());
    }

    @Test
    @DisplayName("RISK-4 a shipment keeps its carrier and tracking number")
    void shipmentKeepsTracking() {
        Trade trade = tradeIn(TradeStatus.SHIPPED);

        assertEquals("SF Express", trade.carrier());
        assertEquals("SF1234567890", trade.trackingNumber());
        assertEquals(T0.plusHours(2), trade.shippedAt());
    }

    @Test
    @DisplayName("RISK-3 each party is told apart; anyone else is on no side")
    void sides() {
        Trade trade = tradeIn(TradeStatus.CREATED);

        assertEquals(Party.BUYER, trade.sideOf(1L));
        assertEquals(Party.SELLER, trade.sideOf(2L));
        assertNull(trade.sideOf(3L));
    }

    @Test
    @DisplayName("RISK-3 a member cannot open a trade with themselves")
    void noSelfTrade() {
        assertThrows(IllegalArgumentException.class, () -> new Trade(new Trade.Opening(7L, 1L, 1L,
                "Tea pot", 1, BigDecimal.TEN, BigDecimal.TEN, PaymentMethod.ESCROW, T0)));
    }

    @Test
    @DisplayName("RISK-3 a limited stock is taken by trades and given back on cancellation")
    void stockIsTakenAndGivenBack() {
        Listing listing = new Listing(new Listing.Offer(2L, "Tea pot", "Clay", Section.HOME,
                new BigDecimal("64.25"), 3), ListingStatus.PUBLISHED, T0);

        listing.take(2);
        assertEquals(1, listing.stock());
        assertThrows(IllegalStateException.class, () -> listing.take(2));
        listing.giveBack(2);

        assertEquals(3, listing.stock());
    }

    @Test
    @DisplayName("RISK-3 an unlimited stock never runs out")
    void unlimitedStock() {
        Listing listing = new Listing(new Listing.Offer(2L, "Lessons", "Piano", Section.SERVICES,
                new BigDecimal("100.00"), null), ListingStatus.PUBLISHED, T0);

        listing.take(1_000);

        assertNull(listing.stock());
        assertTrue(listing.hasInStock(Integer.MAX_VALUE));
    }

    @Test
    @DisplayName("PAT-3 a new listing starts only as screening left it, never withdrawn")
    void newListingStatus() {
        Listing.Offer offer = new Listing.Offer(2L, "Tea pot", "Clay", Section.HOME,
                BigDecimal.TEN, null);

        assertThrows(IllegalArgumentException.class,
                () -> new Listing(offer, ListingStatus.WITHDRAWN, T0));
    }
}
