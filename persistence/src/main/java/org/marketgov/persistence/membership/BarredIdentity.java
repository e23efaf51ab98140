package org.marketgov.persistence.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * MEM-6: an identity (by keyed digest, never in clear) that may not register again
 * because its member was terminated.
 */
@Entity
@Table(name = "barred_identity")
public class BarredIdentity {

    @Id
    private String digest;

    @Enumerated(EnumType.STRING)
    private IdentityKind kind;

    @Column(name = "member_id")
    private long memberId;

    @Column(name = "barred_at")
    private OffsetDateTime barredAt;

    protected BarredIdentity() {
    }

    public BarredIdentity(String digest, IdentityKind kind, long memberId, OffsetDateTime at) {
        this.digest = digest;
        this.kind = kind;
        this.memberId = memberId;
        this.barredAt = at;
    }

    public IdentityKind kind() {
        return kind;
    }
}
