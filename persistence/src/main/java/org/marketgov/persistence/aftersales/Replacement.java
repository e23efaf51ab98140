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
 * AS-5: goods handed out in place of faulty ones. The replacement's serial number is
 * noted, and its date starts a new guarantee period for the goods of the trade.
 */
@Entity
@Table(name = "after_sales_replacement")
public class Replacement {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "case_id")
    private long caseId;

    @Column(name = "trade_id")
    private long tradeId;

    @Column(name = "serial_number")
    private String serialNumber;

    @Column(name = "replaced_at")
    private OffsetDateTime replacedAt;

    protected Replacement() {
    }

    public Replacement(long caseId, long tradeId, String serialNumber,
            OffsetDateTime replacedAt) {
        this.caseId = caseId;
        this.tradeId = tradeId;
        this.serialNumber = serialNumber;
        this.replacedAt = replacedAt;
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

    public String serialNumber() {
        return serialNumber;
    }

    public OffsetDateTime replacedAt() {
        return replacedAt;
    }
}
