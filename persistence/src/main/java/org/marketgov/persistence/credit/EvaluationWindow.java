package org.marketgov.persistence.credit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * The evaluation window of one completed trade (CR-3, CR-4, CR-5). It opens when the
 * trade completes and closes once: when both sides have evaluated, or when its time
 * is up and the silent sides are given default praise. Closing is what reveals and
 * scores the trade's evaluations, so the {@code closed} mark is claimed under a row
 * lock and never given back. A held window (CR-11) keeps its evaluations from scoring
 * until STAFF releases it.
 */
@Entity
@Table(name = "evaluation_window")
public class EvaluationWindow {

    @Id
    @Column(name = "trade_id")
    private Long tradeId;

    @Version
    private long version;

    @Column(name = "buyer_id")
    private long buyerId;

    @Column(name = "seller_id")
    private long sellerId;

    @Column(name = "listing_id")
    private long listingId;

    @Column(name = "trade_created_at")
    private OffsetDateTime tradeCreatedAt;

    @Column(name = "trade_month")
    private String tradeMonth;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Column(name = "closes_at")
    private OffsetDateTime closesAt;

    private boolean held;

    private boolean closed;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    protected EvaluationWindow() {
    }

    /** The facts of a completed trade that its evaluations are judged by. */
    public record Trade(long tradeId, long buyerId, long sellerId, long listingId,
            OffsetDateTime createdAt, String month, OffsetDateTime completedAt) {
    }

    public EvaluationWindow(Trade t, OffsetDateTime closesAt, boolean held) {
        this.tradeId = t.tradeId();
        this.buyerId = t.buyerId();
        this.sellerId = t.sellerId();
        this.listingId = t.listingId();
        this.tradeCreatedAt = t.createdAt();
        this.tradeMonth = t.month();
        this.completedAt = t.completedAt();
        this.closesAt = closesAt;
        this.held = held;
    }

    /** CR-4, CR-5: closes the window; a second close is a programming error. */
    public void close(OffsetDateTime at) {
        if (closed) {
            throw new IllegalStateException("CR-4: window of trade " + tradeId + " closed twice");
        }
        this.closed = true;
        this.closedAt = at;
    }

    /** CR-11: STAFF found nothing wrong; the trade's evaluations may score. */
    public void release() {
        this.held = false;
    }

    public long tradeId() {
        return tradeId;
    }

    public long buyerId() {
        return buyerId;
    }

    public long sellerId() {
        return sellerId;
    }

    public long listingId() {
        return listingId;
    }

    public OffsetDateTime tradeCreatedAt() {
        return tradeCreatedAt;
    }

    public String tradeMonth() {
        return tradeMonth;
    }

    public OffsetDateTime completedAt() {
        return completedAt;
    }

    public OffsetDateTime closesAt() {
        return closesAt;
    }

    public boolean held() {
        return held;
    }

    public boolean closed() {
        return closed;
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }
}
