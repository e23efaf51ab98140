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
 * CMP-7: a question from anyone, answered by STAFF. It can be completed only after an
 * answer was sent; the entity refuses completion before that, whoever asks.
 */
@Entity
@Table(name = "consultation")
public class Consultation {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Version
    private long version;

    private String question;

    private String contact;

    @Enumerated(EnumType.STRING)
    private CaseChannel channel;

    @Column(name = "asked_by")
    private String askedBy;

    @Column(name = "asker_member_id")
    private Long askerMemberId;

    @Enumerated(EnumType.STRING)
    private ConsultationStatus status;

    @Column(name = "asked_at")
    private OffsetDateTime askedAt;

    @Column(name = "answer_due")
    private OffsetDateTime answerDue;

    private String answer;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    protected Consultation() {
    }

    /**
     * A question as asked, already validated; {@code askedBy} (the username) and
     * {@code askerMemberId} are null for a visitor.
     */
    public record Question(String question, String contact, CaseChannel channel,
            String askedBy, Long askerMemberId) {
    }

    public Consultation(Question q, OffsetDateTime at, OffsetDateTime answerDue) {
        this.question = q.question();
        this.contact = q.contact();
        this.channel = q.channel();
        this.askedBy = q.askedBy();
        this.askerMemberId = q.askerMemberId();
        this.status = ConsultationStatus.OPEN;
        this.askedAt = at;
        this.answerDue = answerDue;
    }

    /** CMP-7: STAFF sends an answer; a later answer replaces an earlier one. */
    public void answer(String text, String by, OffsetDateTime at) {
        if (status == ConsultationStatus.COMPLETED) {
            throw new IllegalStateException("CMP-7: consultation " + id + " is completed");
        }
        this.answer = text;
        this.answeredBy = by;
        this.answeredAt = at;
        this.status = ConsultationStatus.ANSWERED;
    }

    /** CMP-7: completes a consultation, which needs an answer sent first. */
    public void complete(OffsetDateTime at) {
        if (status != ConsultationStatus.ANSWERED) {
            throw new IllegalStateException("CMP-7: consultation " + id + " has no answer");
        }
        this.status = ConsultationStatus.COMPLETED;
        this.completedAt = at;
    }

    public Long id() {
        return id;
    }

    public String question() {
        return question;
    }

    public String contact() {
        return contact;
    }

    public CaseChannel channel() {
        return channel;
    }

    public String askedBy() {
        return askedBy;
    }

    public Long askerMemberId() {
        return askerMemberId;
    }

    public ConsultationStatus status() {
        return status;
    }

    public OffsetDateTime askedAt() {
        return askedAt;
    }

    public OffsetDateTime answerDue() {
        return answerDue;
    }

    public String answer() {
        return answer;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public OffsetDateTime answeredAt() {
        return answeredAt;
    }

    public OffsetDateTime completedAt() {
        return completedAt;
    }
}
