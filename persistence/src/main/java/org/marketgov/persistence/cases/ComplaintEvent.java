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

/** CMP-3: one entry of a complaint's timeline; entries are only ever added. */
@Entity
@Table(name = "complaint_event")
public class ComplaintEvent {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "complaint_id")
    private long complaintId;

    private OffsetDateTime at;

    private String actor;

    @Enumerated(EnumType.STRING)
    private CaseEventKind kind;

    @Enumerated(EnumType.STRING)
    private CaseSide side;

    private String note;

    protected ComplaintEvent() {
    }

    public ComplaintEvent(long complaintId, CaseEventKind kind, CaseSide side, String actor,
            String note, OffsetDateTime at) {
        this.complaintId = complaintId;
        this.kind = kind;
        this.side = side;
        this.actor = actor;
        this.note = note;
        this.at = at;
    }

    public Long id() {
        return id;
    }

    public long complaintId() {
        return complaintId;
    }

    public OffsetDateTime at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public CaseEventKind kind() {
        return kind;
    }

    public CaseSide side() {
        return side;
    }

    public String note() {
        return note;
    }
}
