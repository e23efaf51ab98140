package org.marketgov.cases;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.marketgov.persistence.cases.AccusationCategory;
import org.marketgov.persistence.cases.AccusationStatus;
import org.marketgov.persistence.cases.AccusationTarget;
import org.marketgov.persistence.cases.CaseChannel;
import org.marketgov.persistence.cases.CaseEventKind;
import org.marketgov.persistence.cases.CaseSide;
import org.marketgov.persistence.cases.ComplaintStatus;
import org.marketgov.persistence.cases.ComplaintType;
import org.marketgov.persistence.cases.ConsultationStatus;
import org.marketgov.persistence.cases.EvidenceSide;
import org.marketgov.persistence.cases.PartyAnswer;
import org.marketgov.persistence.cases.PenaltyStep;
import org.marketgov.persistence.cases.UnsealStatus;
import org.marketgov.trading.TradeViews.TradeView;

/**
 * The records the cases system hands out. None of them carries the informant of an
 * anonymous accusation (CMP-4): {@link AccusationView#informant()} is filled only for
 * a real-name report or for the informant reading their own report.
 */
public final class CaseViews {

    private CaseViews() {
    }

    /** CMP-1: what filing a complaint answers. */
    public record Filed(long id, String caseNumber, ComplaintStatus status) {
    }

    /** CMP-3: one entry of a complaint's timeline. */
    public record TimelineEntry(OffsetDateTime at, CaseEventKind kind, CaseSide side,
            String actor, String note) {
    }

    /** CMP-1..3: a complaint file with its full timeline. */
    public record ComplaintView(long id, String caseNumber, long tradeId, ComplaintType type,
            String facts, CaseChannel channel, long complainantId, long respondentId,
            ComplaintStatus status, OffsetDateTime filedAt, OffsetDateTime admissionDue,
            OffsetDateTime admittedAt, String rejectionRule, String rejectionReason,
            String mediator, String proposal, PartyAnswer complainantAnswer,
            PartyAnswer respondentAnswer, OffsetDateTime closedAt, String outcomeNote,
            Long removedEvaluationId, List<TimelineEntry> timeline) {
    }

    /** CMP-1: one of a member's complaints, filed by them or naming them. */
    public record ComplaintLine(long id, String caseNumber, long tradeId, ComplaintType type,
            ComplaintStatus status, OffsetDateTime filedAt, boolean filedByMe) {
    }

    /**
     * CMP-3: the case file exported for the authorities or a court after mediation
     * failed: the complaint with its timeline, the trade it is about, and the evidence
     * files by name, size and SHA-256 digest (their content is downloaded apart).
     */
    public record CaseFile(String caseNumber, OffsetDateTime exportedAt, String notice,
            ComplaintView complaint, TradeView trade, List<EvidenceView> evidence) {
    }

    /** CMP-4: what filing an accusation answers; the tracking code only when anonymous. */
    public record AccusationReceipt(long id, AccusationStatus status, String trackingCode) {

        /** CMP-4: the receipt as anyone but its first reader may see it again. */
        public AccusationReceipt withoutTrackingCode() {
            return new AccusationReceipt(id, status, null);
        }
    }

    /**
     * CMP-4, CMP-5: one line of a member's accusations, those about them and those they
     * filed; {@code aboutMe} tells which, so the accused sees where an appeal is open.
     */
    public record AccusationLine(long id, AccusationTarget targetType, long targetId,
            AccusationCategory category, AccusationStatus status, OffsetDateTime filedAt,
            OffsetDateTime appealUntil, boolean appealed, boolean aboutMe) {
    }

    /** CMP-4, CMP-5: a page of a member's accusations, newest first. */
    public record AccusationPage(List<AccusationLine> items, long total) {
    }

    /** CMP-4, CMP-5: an accusation as the accused, the informant or STAFF read it. */
    public record AccusationView(long id, AccusationTarget targetType, long targetId,
            long accusedId, AccusationCategory category, String description,
            boolean anonymous, String informant, AccusationStatus status,
            OffsetDateTime filedAt, OffsetDateTime appealUntil, String appeal,
            OffsetDateTime appealedAt, String decisionReason, OffsetDateTime decidedAt,
            PenaltyStep penalty) {
    }

    /** DS-4: the sealed informant read under an approved grant, with the logged reason. */
    public record Unsealed(long accusationId, String informant, String reason) {
    }

    /**
     * DS-4: an unseal request as its requester and the AUDITORs see it; never the
     * informant. {@code grantActive} says whether the requester may read right now.
     */
    public record UnsealRequestView(long id, long accusationId, String requestedBy,
            String reason, UnsealStatus status, OffsetDateTime requestedAt, String decidedBy,
            OffsetDateTime decidedAt, OffsetDateTime grantedUntil, boolean grantActive) {
    }

    /** CMP-7: a consultation and its answer. */
    public record ConsultationView(long id, String question, String contact,
            CaseChannel channel, ConsultationStatus status, OffsetDateTime askedAt,
            OffsetDateTime answerDue, String answer, OffsetDateTime answeredAt,
            OffsetDateTime completedAt) {
    }

    /**
     * CMP-1, CMP-4: what is told about an evidence file. {@code uploadedBy} is empty for
     * a file of an anonymous informant, whose side alone is shown (CMP-4).
     */
    public record EvidenceView(long id, EvidenceSide side, String uploadedBy, String fileName,
            String contentType, long sizeBytes, String sha256, OffsetDateTime uploadedAt) {
    }

    /** CMP-1, CMP-4: an evidence file to download, with its checked kind. */
    public record EvidenceFile(String fileName, String contentType, byte[] content) {
    }

    /** The kinds of case in the STAFF queues. */
    public enum CaseKind {
        COMPLAINT,
        ACCUSATION,
        CONSULTATION
    }

    /** CMP-8: one case in a queue, with its age, its due time and whether it is late. */
    public record QueueItem(CaseKind kind, long id, String reference, String status,
            String summary, OffsetDateTime openedAt, long ageHours, OffsetDateTime dueAt,
            boolean overdue) {
    }

    /** CMP-8: a page of a queue, oldest first. */
    public record QueuePage(List<QueueItem> items, long total) {
    }

    /**
     * CMP-8: the open cases of one kind and status, counted per age group of
     * {@link AgeBuckets}, for the AUDITOR's ageing chart.
     */
    public record AgeingRow(CaseKind kind, String status, long[] counts) {

        /** Each group's count with its bar length in tenths of the row's largest count. */
        public List<Bar> bars() {
            long max = Math.max(1, Arrays.stream(counts).max().orElse(1));
            return Arrays.stream(counts).mapToObj(n -> new Bar(n, (n * 10 + max - 1) / max))
                    .toList();
        }
    }

    /** CMP-8: one bar of the ageing chart: a count and its length from 0 to 10. */
    public record Bar(long count, long tenths) {
    }

    /** CMP-8: the number of cases in each status, for AUDITOR. */
    public record StatusCounts(Map<String, Long> complaints, Map<String, Long> accusations,
            Map<String, Long> consultations) {
    }
}
