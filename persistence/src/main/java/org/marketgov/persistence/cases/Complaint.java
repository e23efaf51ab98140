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
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * CMP-1..3: a numbered complaint file about one trade, filed by one party against the
 * other. Its state moves only forward: STAFF admits or rejects it (CMP-2), a mediator
 * is assigned, a settlement is proposed and each party answers (CMP-3). A refusal
 * sends the case back to mediation; both acceptances settle it. A final case changes
 * no more. The boundary checks the rule first and cites it; the entity refuses a
 * move its state does not allow, so no caller can skip a step. While a proposal waits
 * for the parties' answers the case waits for them, not for the site, so that time is
 * counted apart and does not run against the mediation deadline (CMP-8).
 */
@Entity
@Table(name = "complaint")
public class Complaint {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "case_number")
    private String caseNumber;

    @Column(name = "trade_id")
    private long tradeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "complaint_type")
    private ComplaintType type;

    private String facts;

    @Enumerated(EnumType.STRING)
    private CaseChannel channel;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "complainant_id")
    private long complainantId;

    @Column(name = "respondent_id")
    private long respondentId;

    @Enumerated(EnumType.STRING)
    private ComplaintStatus status;

    @Column(name = "filed_at")
    private OffsetDateTime filedAt;

    @Column(name = "admission_due")
    private OffsetDateTime admissionDue;

    @Column(name = "admitted_at")
    private OffsetDateTime admittedAt;

    @Column(name = "rejection_rule")
    private String rejectionRule;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    private String mediator;

    private String proposal;

    @Enumerated(EnumType.STRING)
    @Column(name = "complainant_answer")
    private PartyAnswer complainantAnswer;

    @Enumerated(EnumType.STRING)
    @Column(name = "respondent_answer")
    private PartyAnswer respondentAnswer;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "outcome_note")
    private String outcomeNote;

    @Column(name = "removed_evaluation")
    private Long removedEvaluation;

    @Column(name = "waiting_since")
    private OffsetDateTime waitingSince;

    @Column(name = "paused_seconds")
    private long pausedSeconds;

    protected Complaint() {
    }

    /** What was filed, already validated: the trade, its two parties and the harm. */
    public record Filing(String caseNumber, long tradeId, ComplaintType type, String facts,
            CaseChannel channel, String recordedBy, long complainantId, long respondentId) {
    }

    public Complaint(Filing f, OffsetDateTime at, OffsetDateTime admissionDue) {
        this.caseNumber = f.caseNumber();
        this.tradeId = f.tradeId();
        this.type = f.type();
        this.facts = f.facts();
        this.channel = f.channel();
        this.recordedBy = f.recordedBy();
        this.complainantId = f.complainantId();
        this.respondentId = f.respondentId();
        this.status = ComplaintStatus.SUBMITTED;
        this.filedAt = at;
        this.admissionDue = admissionDue;
    }

    /** CMP-2: STAFF takes the case in. */
    public void accept(OffsetDateTime at) {
        require(status == ComplaintStatus.SUBMITTED, "only a submitted case is admitted");
        this.status = ComplaintStatus.ACCEPTED;
        this.admittedAt = at;
    }

    /** CMP-2: STAFF finds the case outside scope, citing the rule that puts it there. */
    public void reject(String rule, String reason, OffsetDateTime at) {
        require(status == ComplaintStatus.SUBMITTED, "only a submitted case is rejected");
        this.status = ComplaintStatus.REJECTED;
        this.rejectionRule = rule;
        this.rejectionReason = reason;
        this.admittedAt = at;
        this.closedAt = at;
    }

    /** CMP-3: a mediator takes an accepted case (or takes over one in mediation). */
    public void assign(String mediatorName) {
        require(status == ComplaintStatus.ACCEPTED || status == ComplaintStatus.IN_MEDIATION,
                "a mediator is assigned to an accepted case");
        this.mediator = mediatorName;
        this.status = ComplaintStatus.IN_MEDIATION;
    }

    /**
     * CMP-3: the mediator proposes a settlement; earlier answers no longer count. The
     * case now waits for the parties, which pauses its deadline (CMP-8).
     */
    public void propose(String text, OffsetDateTime at) {
        require(status == ComplaintStatus.IN_MEDIATION, "a proposal needs a case in mediation");
        this.proposal = text;
        this.waitingSince = at;
        this.complainantAnswer = null;
        this.respondentAnswer = null;
        this.status = ComplaintStatus.PROPOSED;
    }

    /**
     * CMP-3: one party answers the proposal. Both acceptances settle the case; a
     * refusal returns it to mediation, where the mediator may propose again or end it.
     */
    public void answer(boolean complainant, PartyAnswer answer, OffsetDateTime at) {
        require(status == ComplaintStatus.PROPOSED, "there is no proposal to answer");
        if (complainant) {
            this.complainantAnswer = answer;
        } else {
            this.respondentAnswer = answer;
        }
        if (answer == PartyAnswer.REFUSED) {
            resume(at);
            this.status = ComplaintStatus.IN_MEDIATION;
        } else if (complainantAnswer == PartyAnswer.ACCEPTED
                && respondentAnswer == PartyAnswer.ACCEPTED) {
            close(ComplaintStatus.SETTLED, "both parties accepted the proposal", at);
        }
    }

    /** CR-11 via CMP-3: the evaluation complained of was removed, which settles the case. */
    public void settleByRemoval(long evaluationId, String note, OffsetDateTime at) {
        require(type == ComplaintType.MALICIOUS_EVALUATION && isInMediation(),
                "only a malicious-evaluation case in mediation ends by removal");
        this.removedEvaluation = evaluationId;
        close(ComplaintStatus.SETTLED, note, at);
    }

    /** CMP-3: the mediator ends a case the parties could not settle. */
    public void fail(String note, OffsetDateTime at) {
        require(isInMediation(), "only a case in mediation can fail");
        close(ComplaintStatus.MEDIATION_FAILED, note, at);
    }

    /** CMP-3: the complainant withdraws an open case. */
    public void withdraw(String note, OffsetDateTime at) {
        require(!status.isFinal(), "a closed case cannot be withdrawn");
        close(ComplaintStatus.WITHDRAWN, note, at);
    }

    public boolean isInMediation() {
        return status == ComplaintStatus.IN_MEDIATION || status == ComplaintStatus.PROPOSED;
    }

    private void close(ComplaintStatus outcome, String note, OffsetDateTime at) {
        resume(at);
        this.status = outcome;
        this.outcomeNote = note;
        this.closedAt = at;
    }

    /**
     * CMP-8: the wait for the parties ends, and {@code waited} is added to the paused
     * time. The boundary calls it with the wait measured in working time just before
     * the answer or closing step that ends the wait; a wait that step ends without it
     * counts its calendar length.
     */
    public void endWait(Duration waited) {
        if (waitingSince != null) {
            pausedSeconds += Math.max(0, waited.toSeconds());
            waitingSince = null;
        }
    }

    /** CMP-8: the wait for the parties ends; its length is added to the paused time. */
    private void resume(OffsetDateTime at) {
        if (waitingSince != null) {
            pausedSeconds += Math.max(0, Duration.between(waitingSince, at).toSeconds());
            waitingSince = null;
        }
    }

    private void require(boolean allowed, String message) {
        if (!allowed) {
            throw new IllegalStateException("CMP-3: case " + caseNumber + ": " + message);
        }
    }

    public Long id() {
        return id;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public long tradeId() {
        return tradeId;
    }

    public ComplaintType type() {
        return type;
    }

    public String facts() {
        return facts;
    }

    public CaseChannel channel() {
        return channel;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public long complainantId() {
        return complainantId;
    }

    public long respondentId() {
        return respondentId;
    }

    public ComplaintStatus status() {
        return status;
    }

    public OffsetDateTime filedAt() {
        return filedAt;
    }

    public OffsetDateTime admissionDue() {
        return admissionDue;
    }

    public OffsetDateTime admittedAt() {
        return admittedAt;
    }

    public String rejectionRule() {
        return rejectionRule;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public String mediator() {
        return mediator;
    }

    public String proposal() {
        return proposal;
    }

    public PartyAnswer complainantAnswer() {
        return complainantAnswer;
    }

    public PartyAnswer respondentAnswer() {
        return respondentAnswer;
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }

    public String outcomeNote() {
        return outcomeNote;
    }

    public Long removedEvaluation() {
        return removedEvaluation;
    }

    /** CMP-8: since when the case waits for the parties' answers; null when it does not. */
    public OffsetDateTime waitingSince() {
        return waitingSince;
    }

    /** CMP-8: how long the case waited for the parties in earlier, finished waits. */
    public Duration pausedFor() {
        return Duration.ofSeconds(pausedSeconds);
    }
}
