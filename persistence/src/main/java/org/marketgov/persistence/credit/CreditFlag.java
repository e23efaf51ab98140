package org.marketgov.persistence.credit;

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
 * CR-11: a sign of credit speculation for STAFF to review. The subject (for example
 * the pair and the month) is unique, so the same sign is raised once. Clearing it is
 * final and records who cleared it.
 */
@Entity
@Table(name = "credit_flag")
public class CreditFlag {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    private FlagKind kind;

    private String subject;

    @Column(name = "trade_id")
    private Long tradeId;

    @Column(name = "member_id")
    private long memberId;

    @Column(name = "other_member_id")
    private Long otherMemberId;

    private String detail;

    @Column(name = "raised_at")
    private OffsetDateTime raisedAt;

    @Column(name = "cleared_at")
    private OffsetDateTime clearedAt;

    @Column(name = "cleared_by")
    private String clearedBy;

    protected CreditFlag() {
    }

    /** Who and what a flag is about. */
    public record Sign(FlagKind kind, String subject, Long tradeId, long memberId,
            Long otherMemberId, String detail) {
    }

    public CreditFlag(Sign s, OffsetDateTime at) {
        this.kind = s.kind();
        this.subject = s.subject();
        this.tradeId = s.tradeId();
        this.memberId = s.memberId();
        this.otherMemberId = s.otherMemberId();
        this.detail = s.detail();
        this.raisedAt = at;
    }

    /** STAFF reviewed the sign and found it harmless; it can be cleared once. */
    public void clear(String by, OffsetDateTime at) {
        if (clearedAt != null) {
            throw new IllegalStateException("CR-11: flag " + id + " is already cleared");
        }
        this.clearedBy = by;
        this.clearedAt = at;
    }

    public Long id() {
        return id;
    }

    public FlagKind kind() {
        return kind;
    }

    public String subject() {
        return subject;
    }

    public Long tradeId() {
        return tradeId;
    }

    public long memberId() {
        return memberId;
    }

    public Long otherMemberId() {
        return otherMemberId;
    }

    public String detail() {
        return detail;
    }

    public OffsetDateTime raisedAt() {
        return raisedAt;
    }

    public OffsetDateTime clearedAt() {
        return clearedAt;
    }

    public String clearedBy() {
        return clearedBy;
    }
}
