package org.marketgov.persistence.aftersales;

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

/** One entry of an after-sales case's timeline; entries are only ever added. */
@Entity
@Table(name = "after_sales_event")
public class CaseEvent {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "case_id")
    private long caseId;

    @Enumerated(EnumType.STRING)
    private CaseEventKind kind;

    private OffsetDateTime at;

    private String actor;

    private String detail;

    protected CaseEvent() {
    }

    public CaseEvent(long caseId, CaseEventKind kind, String actor, String detail,
            OffsetDateTime at) {
        this.caseId = caseId;
        this.kind = kind;
        this.actor = actor;
        this.detail = detail;
        this.at = at;
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public CaseEventKind kind() {
        return kind;
    }

    public OffsetDateTime at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String detail() {
        return detail;
    }
}
