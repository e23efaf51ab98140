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
import java.time.OffsetDateTime;

/**
 * CR-8, CR-9, CR-11: one entry of an evaluation's history, never changed afterwards:
 * who did what, when, and the rating and points before and after.
 */
@Entity
@Table(name = "evaluation_change")
public class EvaluationChange {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "evaluation_id")
    private long evaluationId;

    @Enumerated(EnumType.STRING)
    private ChangeKind kind;

    private OffsetDateTime at;

    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_before")
    private Rating ratingBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_after")
    private Rating ratingAfter;

    @Column(name = "points_before")
    private int pointsBefore;

    @Column(name = "points_after")
    private int pointsAfter;

    private String note;

    protected EvaluationChange() {
    }

    /** The state of an evaluation on one side of a change. */
    public record State(Rating rating, int points) {
    }

    public EvaluationChange(long evaluationId, ChangeKind kind, String actor, State before,
            State after, String note, OffsetDateTime at) {
        this.evaluationId = evaluationId;
        this.kind = kind;
        this.actor = actor;
        this.ratingBefore = before.rating();
        this.pointsBefore = before.points();
        this.ratingAfter = after.rating();
        this.pointsAfter = after.points();
        this.note = note;
        this.at = at;
    }

    public Long id() {
        return id;
    }

    public long evaluationId() {
        return evaluationId;
    }

    public ChangeKind kind() {
        return kind;
    }

    public OffsetDateTime at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public Rating ratingBefore() {
        return ratingBefore;
    }

    public Rating ratingAfter() {
        return ratingAfter;
    }

    public int pointsBefore() {
        return pointsBefore;
    }

    public int pointsAfter() {
        return pointsAfter;
    }

    public String note() {
        return note;
    }
}
