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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * RISK-4: one entry of a trade's append-only record. Entries of a trade are numbered
 * from 1; each carries the hash of the entry before it (the first carries
 * {@link #GENESIS}) and its own hash over its fields and that predecessor, so editing,
 * removing or reordering an entry breaks the chain from there on. The entity has no
 * mutators, and the database refuses two entries with the same number for a trade.
 */
@Entity
@Table(name = "trade_event")
public class TradeEvent {

    /** The predecessor hash of a trade's first entry. */
    public static final String GENESIS = "0".repeat(64);

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "trade_id")
    private long tradeId;

    @Column(name = "seq")
    private int sequence;

    @Enumerated(EnumType.STRING)
    private TradeEventType type;

    private OffsetDateTime at;

    private String actor;

    private String payload;

    @Column(name = "prev_hash")
    private String prevHash;

    private String hash;

    protected TradeEvent() {
    }

    public TradeEvent(long tradeId, int sequence, TradeEventType type, OffsetDateTime at,
            String actor, String payload, String prevHash) {
        this.tradeId = tradeId;
        this.sequence = sequence;
        this.type = type;
        this.at = at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        this.actor = actor;
        this.payload = payload;
        this.prevHash = prevHash;
        this.hash = hashOf(tradeId, sequence, type, this.at, actor, payload, prevHash);
    }

    /**
     * The hash an entry with these fields must carry. Times are kept and hashed in whole
     * milliseconds, so the database's rounding of fractions cannot change a hash.
     */
    public static String hashOf(long tradeId, int sequence, TradeEventType type,
            OffsetDateTime at, String actor, String payload, String prevHash) {
        String canonical = String.join("\u001f", String.valueOf(tradeId),
                String.valueOf(sequence), String.valueOf(type),
                String.valueOf(at.toInstant().toEpochMilli()), actor, payload, prevHash);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    public Long id() {
        return id;
    }

    public long tradeId() {
        return tradeId;
    }

    public int sequence() {
        return sequence;
    }

    public TradeEventType type() {
        return type;
    }

    public OffsetDateTime at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String payload() {
        return payload;
    }

    public String prevHash() {
        return prevHash;
    }

    public String hash() {
        return hash;
    }
}
