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
import java.time.LocalDate;

/**
 * CR-10: the scored ratings a member received in one role on one site day. The
 * week, month and six-month counts of a profile are sums of at most six months of
 * these rows, so a read costs the same however many evaluations exist.
 */
@Entity
@Table(name = "credit_day")
public class CreditDay {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "member_id")
    private long memberId;

    @Enumerated(EnumType.STRING)
    private CreditRole role;

    @Column(name = "on_day")
    private LocalDate day;

    private int praise;

    private int neutral;

    private int poor;

    protected CreditDay() {
    }

    public CreditDay(long memberId, CreditRole role, LocalDate day) {
        this.memberId = memberId;
        this.role = role;
        this.day = day;
    }

    /** Counts a rating; a negative {@code times} takes it back. */
    public void count(Rating rating, int times) {
        switch (rating) {
            case PRAISE -> praise += times;
            case NEUTRAL -> neutral += times;
            case POOR -> poor += times;
        }
    }

    public long memberId() {
        return memberId;
    }

    public CreditRole role() {
        return role;
    }

    public LocalDate day() {
        return day;
    }

    public int praise() {
        return praise;
    }

    public int neutral() {
        return neutral;
    }

    public int poor() {
        return poor;
    }
}
