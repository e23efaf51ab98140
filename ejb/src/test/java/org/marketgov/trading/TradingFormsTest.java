package org.marketgov.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.marketgov.platform.InvalidInput.FieldError;

class TradingFormsTest {

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    @DisplayName("PAT-3 a complete listing passes")
    void completeListing() {
        assertTrue(TradingForms.checkListing(new ListingForm("Tea pot", "Yixing clay, 300 ml",
                "HOME", new BigDecimal("128.50"), null)).isEmpty());
    }

    @Test
    @DisplayName("PAT-3 an empty listing goes back with every missing field")
    void emptyListing() {
        assertEquals(List.of("title", "description", "section", "price"),
                fields(TradingForms.checkListing(new ListingForm(null, " ", null, null, null))));
    }

    @Test
    @DisplayName("PAT-3 an unknown section, a negative price or stock and a long title are named")
    void badListingValues() {
        assertEquals(List.of("title", "section", "price", "stock"),
                fields(TradingForms.checkListing(new ListingForm("x".repeat(121), "ok",
                        "home", new BigDecimal("-1"), -1))));
    }

    @Test
    @DisplayName("PAT-3 a price has at most two decimal places")
    void priceInCents() {
        assertEquals(List.of("price"), fields(TradingForms.checkListing(new ListingForm("Tea",
                "ok", "FOOD", new BigDecimal("1.005"), 1))));
        assertTrue(TradingForms.checkListing(new ListingForm("Tea", "ok", "FOOD",
                new BigDecimal("1.500"), 0)).isEmpty());
    }

    @Test
    @DisplayName("RISK-3 a trade needs a listing, a quantity of at least one and a known method")
    void badTrade() {
        assertEquals(List.of("listingId", "quantity", "paymentMethod", "disputeForum"),
                fields(TradingForms.checkTrade(new TradeForm(null, 0, "PAYPAL", "DUEL", null))));
        assertTrue(TradingForms.checkTrade(new TradeForm(1050L, 2, "ESCROW", null, null)).isEmpty());
    }

    @Test
    @DisplayName("RISK-6 a trade from an accepted offer needs no listing and no quantity")
    void tradeFromOffer() {
        assertTrue(TradingForms.checkTrade(new TradeForm(null, null, "ESCROW", null, 88L))
                .isEmpty());
        assertEquals(List.of("offerId", "quantity"), fields(TradingForms
                .checkTrade(new TradeForm(null, 0, "ESCROW", null, -1L))));
    }

    @Test
    @DisplayName("RISK-4 a shipment needs a carrier and a plausible tracking number")
    void badShipment() {
        assertEquals(List.of("carrier", "trackingNumber"),
                fields(TradingForms.checkShipment(new ShipmentForm("", "12"))));
        assertTrue(TradingForms.checkShipment(new ShipmentForm("SF Express", "SF1234567890"))
                .isEmpty());
    }

    @Test
    @DisplayName("RISK-3 a missing body is reported, not a crash")
    void missingBodies() {
        assertEquals(List.of("body"), fields(TradingForms.checkTrade(null)));
        assertEquals(List.of("body"), fields(TradingForms.checkListing(null)));
        assertEquals(List.of("body"), fields(TradingForms.checkShipment(null)));
    }

    @Test
    @DisplayName("RISK-6 a data message needs a known kind and a text; a price is positive")
    void badMessage() {
        assertEquals(List.of("kind", "price", "text", "offerId"), fields(TradingForms
                .checkMessage(new MessageForm("GOSSIP", new BigDecimal("-1"), " ", 0L))));
        assertTrue(TradingForms.checkMessage(new MessageForm("OFFER", new BigDecimal("90.5"),
                "90 if paid today", null)).isEmpty());
    }
}
