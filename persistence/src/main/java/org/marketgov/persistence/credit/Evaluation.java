package org.marketgov.persistence.credit;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.marketgov.persistence.trading.Party;

/**
 * One side's evaluation of the other for one trade (CR-1). It is sealed until it is
 * revealed (CR-4), and it is scored once, at that moment (CR-6, CR-7, CR-11); from then
 * on only its points may change: once by its author's revision or deletion (CR-8), or
 * by STAFF removal (CR-11). The rated member may add one explanation (CR-9). The
 * facts of the trade that scoring needs (goods, creation time and its site month) are
 * copied in so that a score never depends on later changes elsewhere.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "trade_id")
    private long tradeId;

    @Enumerated(EnumType.STRING)
    private Party side;

    @Column(name = "rater_id")
    private long raterId;

    @Column(name = "rated_id")
    private long ratedId;

    @Enumerated(EnumType.STRING)
    @Column(name = "rated_role")
    private CreditRole ratedRole;

    @Column(name = "listing_id")
    private long listingId;

    @Column(name = "trade_created_at")
    private OffsetDateTime tradeCreatedAt;

    @Column(name = "trade_month")
    private String tradeMonth;

    @Enumerated(EnumType.STRING)
    private Rating rating;

    private String comment;

    @Embedded
    private RatingDetails details;

    @Column(name = "by_default")
    private boolean byDefault;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "visible_at")
    private OffsetDateTime visibleAt;

    private boolean scored;

    @Enumerated(EnumType.STRING)
    @Column(name = "not_scored_reason")
    private NotScoredReason notScoredReason;

    private int points;

    @Column(name = "counted_on")
    private LocalDate countedOn;

    private boolean revised;

    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;

    @Column(name = "removed_at")
    private OffsetDateTime removedAt;

    @Column(name = "removal_reason")
    private String removalReason;

    private String explanation;

    @Column(name = "explained_at")
    private OffsetDateTime explainedAt;

    protected Evaluation() {
    }

    /** The trade this evaluation belongs to, as the window recorded it. */
    public record Subject(long tradeId, Party side, long raterId, long ratedId, long listingId,
            OffsetDateTime tradeCreatedAt, String tradeMonth) {
    }

    /** What was said: the rating, an optional comment and optional detailed marks. */
    public record Opinion(Rating rating, String comment, RatingDetails.Marks marks) {
    }

    public Evaluation(Subject s, Opinion o, boolean byDefault, OffsetDateTime at) {
        this.tradeId = s.tradeId();
        this.side = s.side();
        this.raterId = s.raterId();
        this.ratedId = s.ratedId();
        this.ratedRole = s.side() == Party.BUYER ? CreditRole.SELLER : CreditRole.BUYER;
        this.listingId = s.listingId();
        this.tradeCreatedAt = s.tradeCreatedAt();
        this.tradeMonth = s.tradeMonth();
        this.rating = o.rating();
        this.comment = o.comment();
        this.details = new RatingDetails(o.marks() == null ? RatingDetails.Marks.NONE : o.marks());
        this.byDefault = byDefault;
        this.submittedAt = at;
    }

    /** CR-4: unseals the evaluation; it can happen once. */
    public void reveal(OffsetDateTime at) {
        if (visibleAt != null) {
            throw new IllegalStateException("CR-4: evaluation " + id + " is already visible");
        }
        this.visibleAt = at;
    }

    /**
     * CR-6, CR-7, CR-11: records the scoring decision and the site day it counts on. A
     * held evaluation may be scored again once STAFF clears its trade.
     */
    public void score(boolean isScored, NotScoredReason reason, int newPoints, LocalDate day) {
        if (visibleAt == null) {
            throw new IllegalStateException("CR-4: a sealed evaluation is not scored");
        }
        if (scored) {
            throw new IllegalStateException("evaluation " + id + " is already scored");
        }
        this.scored = isScored;
        this.notScoredReason = isScored ? null : reason;
        this.points = isScored ? newPoints : 0;
        this.countedOn = isScored ? day : null;
    }

    /** CR-8: the author changes the rating once; the scoring decision stays. */
    public void revise(Rating newRating, String newComment, int newPoints) {
        requireChangeable();
        this.rating = newRating;
        this.comment = newComment;
        this.points = scored ? newPoints : 0;
        this.revised = true;
    }

    /** CR-8: the author deletes it once; its points go. */
    public void delete(OffsetDateTime at) {
        requireChangeable();
        this.deletedAt = at;
        this.points = 0;
        this.revised = true;
    }

    /** CR-11: STAFF removes a malicious evaluation with a reason; its points go. */
    public void remove(String reason, OffsetDateTime at) {
        if (visibleAt == null || isGone()) {
            throw new IllegalStateException("CR-11: evaluation " + id + " cannot be removed");
        }
        this.removedAt = at;
        this.removalReason = reason;
        this.points = 0;
    }

    /** CR-9: the rated member explains once. */
    public void explain(String text, OffsetDateTime at) {
        if (visibleAt == null || isGone() || explanation != null) {
            throw new IllegalStateException("CR-9: evaluation " + id + " cannot be explained");
        }
        this.explanation = text;
        this.explainedAt = at;
    }

    private void requireChangeable() {
        if (visibleAt == null || isGone() || revised) {
            throw new IllegalStateException("CR-8: evaluation " + id + " is final");
        }
    }

    /** Deleted by its author or removed by STAFF: no longer shown and worth nothing. */
    public boolean isGone() {
        return deletedAt != null || removedAt != null;
    }

    public boolean isVisible() {
        return visibleAt != null;
    }

    public Long id() {
        return id;
    }

    public long tradeId() {
        return tradeId;
    }

    public Party side() {
        return side;
    }

    public long raterId() {
        return raterId;
    }

    public long ratedId() {
        return ratedId;
    }

    public CreditRole ratedRole() {
        return ratedRole;
    }

    public long listingId() {
        return listingId;
    }

    public OffsetDateTime tradeCreatedAt() {
        return tradeCreatedAt;
    }

    public String tradeMonth() {
        return tradeMonth;
    }

    public Rating rating() {
        return rating;
    }

    public String comment() {
        return comment;
    }

    public RatingDetails.Marks marks() {
        return details == null ? RatingDetails.Marks.NONE : details.marks();
    }

    public boolean byDefault() {
        return byDefault;
    }

    public OffsetDateTime submittedAt() {
        return submittedAt;
    }

    public OffsetDateTime visibleAt() {
        return visibleAt;
    }

    public boolean scored() {
        return scored;
    }

    public NotScoredReason notScoredReason() {
        return notScoredReason;
    }

    public int points() {
        return points;
    }

    public LocalDate countedOn() {
        return countedOn;
    }

    public boolean revised() {
        return revised;
    }

    public OffsetDateTime deletedAt() {
        return deletedAt;
    }

    public OffsetDateTime removedAt() {
        return removedAt;
    }

    public String removalReason() {
        return removalReason;
    }

    public String explanation() {
        return explanation;
    }

    public OffsetDateTime explainedAt() {
        return explainedAt;
    }
}
