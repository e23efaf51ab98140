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
 * CR-10: a member's credit in one role, kept current as evaluations are scored,
 * revised, deleted or removed: the score (sum of scored points, from 0) and the number
 * of scored praise, neutral and poor ratings. Changes are made under a row lock, so
 * concurrent scorings add up instead of overwriting each other.
 */
@Entity
@Table(name = "credit_profile")
public class CreditProfile {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "member_id")
    private long memberId;

    @Enumerated(EnumType.STRING)
    private CreditRole role;

    private long score;

    private long praise;

    private long neutral;

    private long poor;

    @Column(name = "last_revealed_at")
    private OffsetDateTime lastRevealedAt;

    protected CreditProfile() {
    }

    public CreditProfile(long memberId, CreditRole role) {
        this.memberId = memberId;
        this.role = role;
    }

    /** Counts a scored rating worth {@code points}; a negative {@code times} takes it back. */
    public void count(Rating rating, int points, int times) {
        this.score += (long) points * times;
        switch (rating) {
            case PRAISE -> praise += times;
            case NEUTRAL -> neutral += times;
            case POOR -> poor += times;
        }
    }

    /** CR-8, CR-11: the points of a counted rating changed without changing the count. */
    public void adjust(int pointsDelta) {
        this.score += pointsDelta;
    }

    /**
     * CR-4, CR-6: the moment evaluations about this member revealed {@code now} become
     * visible: {@code now}, or just after the last reveal when a clock (another server's,
     * or one set back) says otherwise, so reveals of one profile never share or reverse
     * their order. Called under the profile's row lock.
     */
    public OffsetDateTime nextRevealAt(OffsetDateTime now) {
        if (lastRevealedAt == null || now.isAfter(lastRevealedAt)) {
            return now;
        }
        return lastRevealedAt.plusNanos(1_000_000);
    }

    /** Records a reveal at {@code at}, a moment {@link #nextRevealAt} gave. */
    public void revealed(OffsetDateTime at) {
        if (lastRevealedAt != null && !at.isAfter(lastRevealedAt)) {
            throw new IllegalStateException("CR-4: reveals of a profile keep their order");
        }
        this.lastRevealedAt = at;
    }

    public long memberId() {
        return memberId;
    }

    public CreditRole role() {
        return role;
    }

    public long score() {
        return score;
    }

    public long praise() {
        return praise;
    }

    public long neutral() {
        return neutral;
    }

    public long poor() {
        return poor;
    }
}
