package org.marketgov.persistence.aftersales;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A repair by the site's service on the goods of a trade. Failed free repairs count
 * towards AS-4 (two that did not fix the fault open replacement); a paid repair
 * carries its own warranty (AS-7). Repairs are facts and never change.
 */
@Entity
@Table(name = "after_sales_repair")
public class Repair {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "case_id")
    private long caseId;

    @Column(name = "trade_id")
    private long tradeId;

    @Column(name = "repaired_at")
    private OffsetDateTime repairedAt;

    private boolean fixed;

    private boolean paid;

    protected Repair() {
    }

    public Repair(long caseId, long tradeId, boolean fixed, boolean paid,
            OffsetDateTime repairedAt) {
        this.caseId = caseId;
        this.tradeId = tradeId;
        this.fixed = fixed;
        this.paid = paid;
        this.repairedAt = repairedAt;
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public long tradeId() {
        return tradeId;
    }

    public OffsetDateTime repairedAt() {
        return repairedAt;
    }

    public boolean isFixed() {
        return fixed;
    }

    public boolean isPaid() {
        return paid;
    }
}
