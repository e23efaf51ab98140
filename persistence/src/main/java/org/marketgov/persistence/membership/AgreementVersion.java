package org.marketgov.persistence.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** MEM-8: a published version of the service agreement; versions are never edited. */
@Entity
@Table(name = "agreement_version")
public class AgreementVersion {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    private int number;

    private String body;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "published_by")
    private String publishedBy;

    protected AgreementVersion() {
    }

    public AgreementVersion(int number, String body, OffsetDateTime at, String by) {
        this.number = number;
        this.body = body;
        this.publishedAt = at;
        this.publishedBy = by;
    }

    public int number() {
        return number;
    }

    public String body() {
        return body;
    }

    public OffsetDateTime publishedAt() {
        return publishedAt;
    }
}
