package org.marketgov.trading;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.marketgov.credit.CreditViews.Profile;
import org.marketgov.membership.MemberViews.PublicIdentity;
import org.marketgov.persistence.trading.DisputeForum;
import org.marketgov.persistence.trading.ListingStatus;
import org.marketgov.persistence.trading.MessageKind;
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
            boolean completedAutomatically, OffsetDateTime cancelledAt, Party cancelledBy,
            Disclosure disclosure) {

        /** The same trade with the identity disclosure for the party reading it. */
        public TradeView disclosedTo(Disclosure d) {
            return new TradeView(id, listingId, title, buyerId, sellerId, quantity, unitPrice,
                    amount, paymentMethod, status, createdAt, paidAt, shippedAt, carrier,
                    trackingNumber, autoCompletesAt, completedAt, completedAutomatically,
                    cancelledAt, cancelledBy, d);
        }
    }

    /**
     * RISK-1: what a party of a trade is told about the other: their side, public
     * identity, a caution when the other has no real-name verification, and the other's
     * credit (CR-10) in the role they play in the trade.
     */
    public record Disclosure(Party mySide, PublicIdentity counterparty, boolean caution,
            String cautionText, Profile credit) {

        /** A disclosure without the counterparty's credit. */
        public Disclosure(Party mySide, PublicIdentity counterparty, boolean caution,
                String cautionText) {
            this(mySide, counterparty, caution, cautionText, null);
        }

        /** The same disclosure with the counterparty's credit in their role (CR-10). */
        public Disclosure withCredit(Profile counterpartyCredit) {
            return new Disclosure(mySide, counterparty, caution, cautionText,
                    counterpartyCredit);
        }
    }

    /** A page of trades. */
    public record TradePage(List<TradeView> items, long total) {
    }

    /**
     * RISK-5: one party's signature, with the public key it verifies against and
     * whether it counts: made by that side's member with the key the site issued to
     * them, and verifying over the contract's canonical bytes.
     */
    public record SignatureView(Party party, long memberId, String algorithm,
            String publicKey, String signature, OffsetDateTime signedAt, boolean verified) {
    }

    /**
     * RISK-5: a trade's contract: its text, the SHA-256 of its canonical bytes, and the
     * signatures so far. {@code hashMatches} says whether the stored text still has the
     * stored hash; {@code signedByBoth} whether both sides signed and both verify.
     */
    public record ContractView(long tradeId, int templateVersion, DisputeForum disputeForum,
            String text, String hashAlgorithm, String hash, boolean hashMatches,
            List<SignatureView> signatures, boolean signedByBoth) {
    }

    /** RISK-6: one data message with the time it was sent and received (first read). */
    public record MessageView(long id, long tradeId, Party from, MessageKind kind,
            Long offerId, BigDecimal price, String text, OffsetDateTime sentAt,
            OffsetDateTime readAt) {
    }

    /** RISK-6: a trade's messages and what they mean under contract law. */
    public record MessagesView(long tradeId, List<MessageView> items,
            List<DataMessages.Finding> findings) {
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
