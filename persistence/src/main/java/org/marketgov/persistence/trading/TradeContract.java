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
import java.time.OffsetDateTime;

/**
 * RISK-5: the electronic contract of one trade, generated from a versioned template
 * when the trade opens. Its text is fixed from then on: the hash is the SHA-256 of the
 * text's canonical bytes, and both parties sign those bytes, so the entity has no
 * mutators at all.
 */
@Entity
@Table(name = "trade_contract")
public class TradeContract {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "trade_id")
    private long tradeId;

    @Column(name = "template_version")
    private int templateVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "dispute_forum")
    private DisputeForum disputeForum;

    private String body;

    private String hash;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected TradeContract() {
    }

    public TradeContract(long tradeId, int templateVersion, DisputeForum disputeForum,
            String body, String hash, OffsetDateTime at) {
        this.tradeId = tradeId;
        this.templateVersion = templateVersion;
        this.disputeForum = disputeForum;
        this.body = body;
        this.hash = hash;
        this.createdAt = at;
    }

    public Long id() {
        return id;
    }

    public long tradeId() {
        return tradeId;
    }

    public int templateVersion() {
        return templateVersion;
    }

    public DisputeForum disputeForum() {
        return disputeForum;
    }

    public String body() {
        return body;
    }

    public String hash() {
        return hash;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
