package org.marketgov.persistence.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * MEM-1, MEM-8: a member's acceptance (or refusal) of one agreement version, with
 * the time and the address it came from, kept as evidence.
 */
@Entity
@Table(name = "agreement_decision")
public class AgreementDecision {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "member_id")
    private long memberId;

    private int number;

    private boolean accepted;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    private String origin;

    protected AgreementDecision() {
    }

    public AgreementDecision(long memberId, int number, boolean accepted, OffsetDateTime at,
            String origin) {
        this.memberId = memberId;
        this.number = number;
        this.accepted = accepted;
        this.decidedAt = at;
        this.origin = origin;
    }

    public int number() {
        return number;
    }

    public boolean accepted() {
        return accepted;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }

    public String origin() {
        return origin;
    }
}
