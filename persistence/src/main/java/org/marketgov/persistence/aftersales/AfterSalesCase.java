package org.marketgov.persistence.aftersales;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * One after-sales request by the buyer of a completed trade (AS-1..9). The delivery
 * date is the trade's completion (receipt) and never changes. The cause starts as the
 * customer states it and only inspection may change it. The customer may choose only
 * a remedy the recorded decision leaves open (AS-9); a new decision that no longer
 * offers the chosen remedy sends the case back to {@link CaseStatus#OPEN}.
 */
@Entity
@Table(name = "after_sales_case")
public class AfterSalesCase {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "trade_id")
    private long tradeId;

    @Column(name = "buyer_id")
    private long buyerId;

    @Column(name = "seller_id")
    private long sellerId;

    private String title;

    @Column(name = "delivered_at")
    private OffsetDateTime deliveredAt;

    @Enumerated(EnumType.STRING)
    private Cause cause;

    @Column(name = "has_invoice")
    private boolean hasInvoice;

    private String description;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "chosen_remedy")
    private Remedy chosenRemedy;

    @Column(name = "opened_at")
    private OffsetDateTime openedAt;

    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;

    @Embedded
    private RecordedDecision decision;

    protected AfterSalesCase() {
    }

    /** The facts a case opens with, taken from the completed trade and the customer. */
    public record Opening(long tradeId, long buyerId, long sellerId, String title,
            OffsetDateTime deliveredAt, Cause cause, boolean hasInvoice, String description,
            OffsetDateTime at) {
    }

    public AfterSalesCase(Opening o, RecordedDecision first) {
        this.tradeId = o.tradeId();
        this.buyerId = o.buyerId();
        this.sellerId = o.sellerId();
        this.title = o.title();
        this.deliveredAt = o.deliveredAt();
        this.cause = o.cause();
        this.hasInvoice = o.hasInvoice();
        this.description = o.description();
        this.openedAt = o.at();
        this.status = CaseStatus.OPEN;
        this.decision = first;
    }

    /**
     * AS-9: records a new decision. A chosen remedy it no longer offers is dropped
     * and the customer chooses again.
     */
    public void record(RecordedDecision next) {
        requireActive();
        this.decision = next;
        if (chosenRemedy != null && !next.remedies().contains(chosenRemedy)) {
            this.chosenRemedy = null;
            this.status = CaseStatus.OPEN;
        }
    }

    /** AS-9: the customer chooses one of the remedies the recorded decision offers. */
    public void choose(Remedy remedy) {
        if (status != CaseStatus.OPEN) {
            throw new IllegalStateException("case " + id + " is " + status);
        }
        if (!decision.remedies().contains(remedy)) {
            throw new IllegalArgumentException("AS-9: " + remedy + " is not open");
        }
        this.chosenRemedy = remedy;
        this.status = CaseStatus.REMEDY_CHOSEN;
    }

    /** The site has the goods back (AS-8). */
    public void receiveGoods() {
        if (status != CaseStatus.REMEDY_CHOSEN) {
            throw new IllegalStateException("case " + id + " is " + status);
        }
        this.status = CaseStatus.GOODS_RECEIVED;
    }

    /** Inspection found a different cause; the caller records the new decision. */
    public void findCause(Cause found) {
        requireActive();
        this.cause = found;
    }

    /** A repair that did not fix the fault leaves the customer to choose again (AS-4). */
    public void repairFailed() {
        requireActive();
        this.chosenRemedy = null;
        this.status = CaseStatus.OPEN;
    }

    /** The remedy was carried out: a repair fixed the fault, goods replaced or refunded. */
    public void resolve(OffsetDateTime at) {
        requireActive();
        this.status = CaseStatus.RESOLVED;
        this.resolvedAt = at;
    }

    private void requireActive() {
        if (!status.isActive()) {
            throw new IllegalStateException("case " + id + " is resolved");
        }
    }

    public Long id() {
        return id;
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

    public String title() {
        return title;
    }

    public OffsetDateTime deliveredAt() {
        return deliveredAt;
    }

    public Cause cause() {
        return cause;
    }

    public boolean hasInvoice() {
        return hasInvoice;
    }

    public String description() {
        return description;
    }

    public CaseStatus status() {
        return status;
    }

    public Remedy chosenRemedy() {
        return chosenRemedy;
    }

    public OffsetDateTime openedAt() {
        return openedAt;
    }

    public OffsetDateTime resolvedAt() {
        return resolvedAt;
    }

    public RecordedDecision decision() {
        return decision;
    }
}
