package org.marketgov.persistence.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row holding the hash of the newest audit entry. Writers lock it, so the
 * chain stays a chain even when several server instances append at once.
 */
@Entity
@Table(name = "audit_head")
public class AuditHead {

    public static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "last_id")
    private long lastId;

    @Column(name = "last_hash")
    private String lastHash;

    protected AuditHead() {
    }

    public String lastHash() {
        return lastHash;
    }

    public long lastId() {
        return lastId;
    }

    public void advanceTo(long id, String hash) {
        this.lastId = id;
        this.lastHash = hash;
    }
}
