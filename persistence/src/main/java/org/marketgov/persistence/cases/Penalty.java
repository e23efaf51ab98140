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
import java.time.OffsetDateTime;

/**
 * CMP-6: one rung of the ladder imposed on a member, citing the upheld accusation
 * that led to it. The count of a member's penalties decides the next rung.
 */
@Entity
@Table(name = "penalty")
public class Penalty {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "member_id")
    private long memberId;

    @Column(name = "accusation_id")
    private long accusationId;

    @Enumerated(EnumType.STRING)
    private PenaltyStep step;

    @Column(name = "imposed_at")
    private OffsetDateTime imposedAt;

    @Column(name = "imposed_by")
    private String imposedBy;

    private String note;

    protected Penalty() {
    }

    public Penalty(long memberId, long accusationId, PenaltyStep step, String by, String note,
            OffsetDateTime at) {
        this.memberId = memberId;
        this.accusationId = accusationId;
        this.step = step;
        this.imposedBy = by;
        this.note = note;
        this.imposedAt = at;
    }

    public Long id() {
        return id;
    }

    public long memberId() {
        return memberId;
    }

    public long accusationId() {
        return accusationId;
    }

    public PenaltyStep step() {
        return step;
    }

    public OffsetDateTime imposedAt() {
        return imposedAt;
    }

    public String imposedBy() {
        return imposedBy;
    }

    public String note() {
        return note;
    }
}
