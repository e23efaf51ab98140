package org.marketgov.persistence.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * DS-3: one line of the append-only audit trail. Each entry carries the hash of the
 * entry before it and its own hash over its fields and that predecessor, so editing,
 * removing or reordering any entry breaks every hash after it. The entity has no
 * mutators.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    private Long id;

    private OffsetDateTime at;

    private String actor;

    private String action;

    private String target;

    @Enumerated(EnumType.STRING)
    private AuditOutcome outcome;

    private String origin;

    private String detail;

    @Column(name = "prev_hash")
    private String prevHash;

    private String hash;

    protected AuditEntry() {
    }

    public AuditEntry(long id, OffsetDateTime at, String actor, String action, String target,
            AuditOutcome outcome, String origin, String detail, String prevHash) {
        this.id = id;
        // Whole milliseconds, as hashed: finer fractions may be rounded by the database.
        this.at = at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        this.actor = actor;
        this.action = action;
        this.target = target;
        this.outcome = outcome;
        this.origin = origin;
        this.detail = detail;
        this.prevHash = prevHash;
        this.hash = computeHash();
    }

    /** The hash this entry should carry, recomputed from its stored fields. */
    public String computeHash() {
        String canonical = String.join("\u001f", String.valueOf(id),
                String.valueOf(at.toInstant().toEpochMilli()), actor, action,
                String.valueOf(target), outcome.name(), String.valueOf(origin),
                String.valueOf(detail), prevHash);
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

    public OffsetDateTime at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String target() {
        return target;
    }

    public AuditOutcome outcome() {
        return outcome;
    }

    public String origin() {
        return origin;
    }

    public String detail() {
        return detail;
    }

    public String prevHash() {
        return prevHash;
    }

    public String hash() {
        return hash;
    }
}
