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

/**
 * CR-6: the net points one rater has given one rated member (in one role) for trades
 * created in one natural month of the site zone. Scoring reads and changes it under the
 * rated profile's row lock.
 */
@Entity
@Table(name = "credit_month")
public class CreditMonth {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "rater_id")
    private long raterId;

    @Column(name = "rated_id")
    private long ratedId;

    @Enumerated(EnumType.STRING)
    @Column(name = "rated_role")
    private CreditRole ratedRole;

    @Column(name = "trade_month")
    private String month;

    private int net;

    protected CreditMonth() {
    }

    public CreditMonth(long raterId, long ratedId, CreditRole ratedRole, String month) {
        this.raterId = raterId;
        this.ratedId = ratedId;
        this.ratedRole = ratedRole;
        this.month = month;
    }

    public void add(int points) {
        this.net += points;
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

    public int net() {
        return net;
    }

    public String month() {
        return month;
    }
}
