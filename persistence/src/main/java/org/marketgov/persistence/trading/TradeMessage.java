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
 * RISK-6: a data message one party of a trade sent the other (an offer, its
 * withdrawal or revocation, or an acceptance). The time it was sent is fixed when it
 * is stored; the time it was received is when the other party first read it, and it is
 * set once: reading again does not move it, because contract law asks which message
 * arrived first.
 */
@Entity
@Table(name = "trade_message")
public class TradeMessage {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "trade_id")
    private long tradeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_party")
    private Party from;

    @Enumerated(EnumType.STRING)
    private MessageKind kind;

    @Column(name = "refers_to")
    private Long refersTo;

    private BigDecimal price;

    private String body;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "read_at")
    private OffsetDateTime readAt;

    protected TradeMessage() {
    }

    /** A message as its sender wrote it, already checked by the caller. */
    public record Draft(long tradeId, Party from, MessageKind kind, Long refersTo,
            BigDecimal price, String text) {
    }

    public TradeMessage(Draft d, OffsetDateTime at) {
        this.tradeId = d.tradeId();
        this.from = d.from();
        this.kind = d.kind();
        this.refersTo = d.refersTo();
        this.price = d.price();
        this.body = d.text();
        this.sentAt = at;
    }

    /**
     * RISK-6: the recipient reads the message. Only the first reading counts as its
     * receipt; answers whether this reading was the first.
     */
    public boolean markRead(Party by, OffsetDateTime at) {
        if (by == from) {
            throw new IllegalArgumentException("a message is received by the other party");
        }
        if (readAt != null) {
            return false;
        }
        readAt = at;
        return true;
    }

    public Long id() {
        return id;
    }

    public long tradeId() {
        return tradeId;
    }

    public Party from() {
        return from;
    }

    public MessageKind kind() {
        return kind;
    }

    public Long refersTo() {
        return refersTo;
    }

    public BigDecimal price() {
        return price;
    }

    public String text() {
        return body;
    }

    public OffsetDateTime sentAt() {
        return sentAt;
    }

    public OffsetDateTime readAt() {
        return readAt;
    }
}
