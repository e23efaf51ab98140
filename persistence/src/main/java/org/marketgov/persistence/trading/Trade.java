package org.marketgov.persistence.trading;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One purchase of a listing by a buyer (RISK-3). The price paid and the listing's own
 * price are snapshots taken when the trade opens, so later changes to the listing do
 * not alter them; the credit rules compare the two (CR-11). The status moves
 * only along the lifecycle {@code CREATED -> PAID -> SHIPPED -> COMPLETED}, or to
 * {@code CANCELLED} before shipment; every method below refuses any other move. The
 * version guards against two parties changing the same trade at the same moment: the
 * second writer fails instead of overwriting the first.
 */
@Entity
@Table(name = "trade")
public class Trade {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "listing_id")
    private long listingId;

    @Column(name = "buyer_id")
    private long buyerId;

    @Column(name = "seller_id")
    private long sellerId;

    private String title;

    private int quantity;

    @Column(name = "unit_price")
    private BigDecimal unitPrice;

    private BigDecimal amount;

    @Column(name = "list_price")
    private BigDecimal listPrice;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method")
    private PaymentMethod paymentMethod;

    @Enumerated(EnumType.STRING)
    private TradeStatus status;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "paid_at")
    private OffsetDateTime paidAt;

    @Column(name = "shipped_at")
    private OffsetDateTime shippedAt;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Column(name = "completed_automatically")
    private boolean completedAutomatically;

    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancelled_by")
    private Party cancelledBy;

    private String carrier;

    @Column(name = "tracking_number")
    private String trackingNumber;

    @Column(name = "offer_id")
    private Long offerId;

    @Column(name = "record_head")
    private String recordHead;

    @Column(name = "record_length")
    private int recordLength;

    protected Trade() {
    }

    /**
     * The terms a trade opens on, already checked against the rules by the caller;
     * {@code listPrice} is the listing's price at that moment, which an accepted offer
     * (RISK-6) may undercut.
     */
    public record Opening(long listingId, long buyerId, long sellerId, String title,
            int quantity, BigDecimal unitPrice, BigDecimal listPrice, BigDecimal amount,
            PaymentMethod paymentMethod, OffsetDateTime at) {

        /** Terms at the listing's own price, so the price paid is the list price. */
        public Opening(long listingId, long buyerId, long sellerId, String title, int quantity,
                BigDecimal unitPrice, BigDecimal amount, PaymentMethod paymentMethod,
                OffsetDateTime at) {
            this(listingId, buyerId, sellerId, title, quantity, unitPrice, unitPrice, amount,
                    paymentMethod, at);
        }
    }

    public Trade(Opening o) {
        if (o.buyerId() == o.sellerId()) {
            throw new IllegalArgumentException("a member cannot trade with themselves");
        }
        this.listingId = o.listingId();
        this.buyerId = o.buyerId();
        this.sellerId = o.sellerId();
        this.title = o.title();
        this.quantity = o.quantity();
        this.unitPrice = o.unitPrice();
        this.listPrice = o.listPrice();
        this.amount = o.amount();
        this.paymentMethod = o.paymentMethod();
        this.status = TradeStatus.CREATED;
        this.createdAt = o.at();
    }

    /**
     * RISK-6: a trade on the terms of an accepted offer; {@code acceptedOffer} is the
     * offer's message, fixed for the life of the trade.
     */
    public Trade(Opening o, long acceptedOffer) {
        this(o);
        this.offerId = acceptedOffer;
    }

    /** RISK-3: the buyer pays a created trade. */
    public void pay(OffsetDateTime at) {
        this.status = next(TradeAction.PAY);
        this.paidAt = at;
    }

    /** RISK-3, RISK-4: the seller ships a paid trade; the tracking number is evidence. */
    public void ship(String carrierName, String tracking, OffsetDateTime at) {
        this.status = next(TradeAction.SHIP);
        this.carrier = carrierName;
        this.trackingNumber = tracking;
        this.shippedAt = at;
    }

    /** RISK-3: the buyer confirms receipt, which completes the trade ("trade success"). */
    public void confirmReceipt(OffsetDateTime at) {
        this.status = next(TradeAction.CONFIRM_RECEIPT);
        this.completedAt = at;
    }

    /** RISK-3: the site completes a shipped trade the buyer left unconfirmed too long. */
    public void completeAutomatically(OffsetDateTime at) {
        this.status = next(TradeAction.AUTO_COMPLETE);
        this.completedAt = at;
        this.completedAutomatically = true;
    }

    /** RISK-3: either party cancels before shipment. */
    public void cancel(Party by, OffsetDateTime at) {
        this.status = next(TradeAction.CANCEL);
        this.cancelledBy = by;
        this.cancelledAt = at;
    }

    private TradeStatus next(TradeAction action) {
        return status.after(action).orElseThrow(() -> new IllegalStateException(
                "RISK-3: trade " + id + " cannot " + action + " when " + status));
    }

    /** The side {@code memberId} is on, or null when the member is no party to this trade. */
    public Party sideOf(long memberId) {
        if (memberId == buyerId) {
            return Party.BUYER;
        }
        return memberId == sellerId ? Party.SELLER : null;
    }

    public Long id() {
        return id;
    }

    public long listingId() {
        return listingId;
    }

    public long buyerId() {
        return buyerId;
    }

    public long sellerId() {
        return sellerId;
    }

    public String title() {
        return title;
    }

    public int quantity() {
        return quantity;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    /**
     * The listing's price when the trade opened (CR-11); null only for a row written into
     * the table by hand without it.
     */
    public BigDecimal listPrice() {
        return listPrice;
    }

    public BigDecimal amount() {
        return amount;
    }

    public PaymentMethod paymentMethod() {
        return paymentMethod;
    }

    public TradeStatus status() {
        return status;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime paidAt() {
        return paidAt;
    }

    public OffsetDateTime shippedAt() {
        return shippedAt;
    }

    public OffsetDateTime completedAt() {
        return completedAt;
    }

    public boolean completedAutomatically() {
        return completedAutomatically;
    }

    public OffsetDateTime cancelledAt() {
        return cancelledAt;
    }

    public Party cancelledBy() {
        return cancelledBy;
    }

    public String carrier() {
        return carrier;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    /** RISK-6: the accepted offer this trade was opened from, or null. */
    public Long offerId() {
        return offerId;
    }

    /**
     * RISK-4: the trade remembers the newest entry of its record. The chain alone shows
     * an edit anywhere, but not entries cut off at its end; the head held here does.
     */
    public void extendRecord(int sequence, String hash) {
        this.recordLength = sequence;
        this.recordHead = hash;
    }

    /** RISK-4: the hash of the newest record entry, or null before the first. */
    public String recordHead() {
        return recordHead;
    }

    /** RISK-4: how many entries the record has. */
    public int recordLength() {
        return recordLength;
    }
}
