package org.marketgov.persistence.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * The first answer to a creating request sent with an {@code Idempotency-Key}. It is
 * written in the same transaction as the thing it created, so a repeat either finds
 * it or finds nothing was created.
 */
@Entity
@Table(name = "idempotent_response")
public class IdempotentResponse {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    private String caller;

    @Column(name = "idem_key")
    private String key;

    @Column(name = "request_hash")
    private String requestHash;

    private int status;

    private String body;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected IdempotentResponse() {
    }

    public IdempotentResponse(String caller, String key, String requestHash, int status,
            String body, OffsetDateTime createdAt) {
        this.caller = caller;
        this.key = key;
        this.requestHash = requestHash;
        this.status = status;
        this.body = body;
        this.createdAt = createdAt;
    }

    public String requestHash() {
        return requestHash;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }
}
