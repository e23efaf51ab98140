package org.marketgov.trading;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.marketgov.persistence.trading.ListingStatus;
import org.marketgov.persistence.trading.Party;
import org.marketgov.persistence.trading.PaymentMethod;
import org.marketgov.persistence.trading.Section;
import org.marketgov.persistence.trading.TradeEventType;
import org.marketgov.persistence.trading.TradeStatus;

/** What the trading boundary hands out. */
public final class TradeViews {

    private TradeViews() {
    }

    /** A listing as the public (or its seller) sees it; {@code stock} null means unlimited. */
    public record ListingView(long id, long sellerId, String title, String description,
            Section section, BigDecimal price, Integer stock, ListingStatus status,
            OffsetDateTime createdAt) {
    }

    /**
     * A trade as its parties and STAFF see it. {@code autoCompletesAt} is when a shipped
     * trade completes unless the buyer confirms receipt earlier (RISK-3).
     */
    public record TradeView(long id, long listingId, String title, long buyerId, long sellerId,
            int quantity, BigDecimal unitPrice, BigDecimal amount, PaymentMethod paymentMethod,
            TradeStatus status, OffsetDateTime createdAt, OffsetDateTime paidAt,
            OffsetDateTime shippedAt, String carrier, String trackingNumber,
            OffsetDateTime autoCompletesAt, OffsetDateTime completedAt,
            boolean completedAutomatically, OffsetDateTime cancelledAt, Party cancelledBy) {
    }

    /** RISK-4: one entry of a trade's record with the hashes that chain it. */
    public record RecordEntry(int sequence, TradeEventType type, OffsetDateTime at,
            String actor, String payload, String prevHash, String hash) {
    }

    /**
     * RISK-4: a trade's whole record and whether its chain is intact; when it is not,
     * {@code firstBrokenSequence} names the first entry that fails.
     */
    public record TradeRecordView(long tradeId, boolean intact, Integer firstBrokenSequence,
            List<RecordEntry> events) {
    }
}
