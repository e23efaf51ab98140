package org.marketgov.persistence.cases;

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
import java.time.OffsetDateTime;

/**
 * DS-4, CMP-4: a request by STAFF or an AUDITOR to learn the sealed informant of one
 * anonymous accusation, with its reason. It is decided once, by an AUDITOR who is not
 * the requester; an approval lets the requester alone read the informant until
 * {@code grantedUntil}. The row never holds the informant's identity itself.
 */
@Entity
@Table(name = "unseal_request")
public class UnsealRequest {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "accusation_id")
    private long accusationId;

    @Column(name = "requested_by")
    private String requestedBy;

    private String reason;

    @Column(name = "requested_at")
    private OffsetDateTime requestedAt;

    @Enumerated(EnumType.STRING)
    private UnsealStatus status;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "granted_until")
    private OffsetDateTime grantedUntil;

    protected UnsealRequest() {
    }

    public UnsealRequest(long accusationId, String requestedBy, String reason,
            OffsetDateTime at) {
        this.accusationId = accusationId;
        this.requestedBy = requestedBy;
        this.reason = reason;
        this.requestedAt = at;
        this.status = UnsealStatus.PENDING;
    }

    /** DS-4: the decision is taken once; the desk has checked who decides. */
    public void decide(boolean approved, String auditor, OffsetDateTime at,
            OffsetDateTime until) {
        if (status != UnsealStatus.PENDING) {
            throw new IllegalStateException("unseal request " + id + " is already " + status);
        }
        this.status = approved ? UnsealStatus.APPROVED : UnsealStatus.REFUSED;
        this.decidedBy = auditor;
        this.decidedAt = at;
        this.grantedUntil = approved ? until : null;
    }

    public Long id() {
        return id;
    }

    public long accusationId() {
        return accusationId;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public String reason() {
        return reason;
    }

    public OffsetDateTime requestedAt() {
        return requestedAt;
    }

    public UnsealStatus status() {
        return status;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }

    public OffsetDateTime grantedUntil() {
        return grantedUntil;
    }
}
