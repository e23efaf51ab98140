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
 * CMP-4..6: a report about a listing or a member. When it is anonymous, the informant
 * fields are sealed (CMP-4): they have no public reader here except
 * {@link #sealedInformant()}, which only the break-glass path may call (DS-4); every
 * other view asks {@link #informantIfRealName()}. The accused may appeal once, within
 * the window fixed at filing (CMP-5); a decision is final.
 */
@Entity
@Table(name = "accusation")
public class Accusation {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type")
    private AccusationTarget targetType;

    @Column(name = "target_id")
    private long targetId;

    @Column(name = "accused_id")
    private long accusedId;

    @Enumerated(EnumType.STRING)
    private AccusationCategory category;

    private String description;

    private boolean anonymous;

    @Column(name = "informant_id")
    private Long informantId;

    @Column(name = "informant_username")
    private String informantUsername;

    @Column(name = "tracking_hash")
    private String trackingHash;

    @Enumerated(EnumType.STRING)
    private AccusationStatus status;

    @Column(name = "filed_at")
    private OffsetDateTime filedAt;

    @Column(name = "appeal_until")
    private OffsetDateTime appealUntil;

    @Column(name = "decision_due")
    private OffsetDateTime decisionDue;

    @Column(name = "appeal_text")
    private String appealText;

    @Column(name = "appealed_at")
    private OffsetDateTime appealedAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Enumerated(EnumType.STRING)
    private PenaltyStep penalty;

    protected Accusation() {
    }

    /** What is reported and about whom, already validated. */
    public record Report(AccusationTarget targetType, long targetId, long accusedId,
            AccusationCategory category, String description) {
    }

    /** Who reported it; for an anonymous report this is sealed. */
    public record Informant(boolean anonymous, Long memberId, String username,
            String trackingHash) {
    }

    /** The deadlines fixed at filing: the appeal window (CMP-5) and the decision due. */
    public record Deadlines(OffsetDateTime appealUntil, OffsetDateTime decisionDue) {
    }

    public Accusation(Report r, Informant who, Deadlines d, OffsetDateTime at) {
        this.targetType = r.targetType();
        this.targetId = r.targetId();
        this.accusedId = r.accusedId();
        this.category = r.category();
        this.description = r.description();
        this.anonymous = who.anonymous();
        this.informantId = who.memberId();
        this.informantUsername = who.username();
        this.trackingHash = who.trackingHash();
        this.status = AccusationStatus.SUBMITTED;
        this.filedAt = at;
        this.appealUntil = d.appealUntil();
        this.decisionDue = d.decisionDue();
    }

    /** CMP-5: the accused appeals, once, before the window closes. */
    public void appeal(String text, OffsetDateTime at) {
        if (appealedAt != null || status.isDecided() || at.isAfter(appealUntil)) {
            throw new IllegalStateException("CMP-5: accusation " + id + " takes no appeal now");
        }
        this.appealText = text;
        this.appealedAt = at;
        this.status = AccusationStatus.APPEALED;
    }

    /** CMP-5: STAFF decides, once; an upheld accusation records its penalty (CMP-6). */
    public void decide(boolean upheld, String reason, PenaltyStep step, String by,
            OffsetDateTime at) {
        if (status.isDecided()) {
            throw new IllegalStateException("CMP-5: accusation " + id + " is already decided");
        }
        this.status = upheld ? AccusationStatus.UPHELD : AccusationStatus.UNFOUNDED;
        this.decisionReason = reason;
        this.penalty = upheld ? step : null;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /** Whether {@code username} is the one who filed this report, sealed or not. */
    public boolean isInformant(String username) {
        return informantUsername != null && informantUsername.equals(username);
    }

    /** The informant's username when the report was real-name; null when sealed. */
    public String informantIfRealName() {
        return anonymous ? null : informantUsername;
    }

    /** The member id of a real-name informant, for status updates; null when sealed. */
    public Long informantMemberIfRealName() {
        return anonymous ? null : informantId;
    }

    /** DS-4: the sealed identity; only the audited break-glass path reads this. */
    public String sealedInformant() {
        return informantUsername;
    }

    public Long id() {
        return id;
    }

    public AccusationTarget targetType() {
        return targetType;
    }

    public long targetId() {
        return targetId;
    }

    public long accusedId() {
        return accusedId;
    }

    public AccusationCategory category() {
        return category;
    }

    public String description() {
        return description;
    }

    public boolean anonymous() {
        return anonymous;
    }

    public AccusationStatus status() {
        return status;
    }

    public OffsetDateTime filedAt() {
        return filedAt;
    }

    public OffsetDateTime appealUntil() {
        return appealUntil;
    }

    public OffsetDateTime decisionDue() {
        return decisionDue;
    }

    public String appealText() {
        return appealText;
    }

    public OffsetDateTime appealedAt() {
        return appealedAt;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }

    public PenaltyStep penalty() {
        return penalty;
    }
}
