package org.marketgov.persistence.security;

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
import java.time.OffsetDateTime;

/** An operator (STAFF) or compliance officer (AUDITOR) of the site. */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    private String username;

    @Embedded
    private Credential credential;

    @Enumerated(EnumType.STRING)
    private StaffRole role;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "disabled_at")
    private OffsetDateTime disabledAt;

    @Column(name = "disabled_by")
    private String disabledBy;

    protected StaffAccount() {
    }

    /** A bootstrap account, created by the server itself on first start. */
    public StaffAccount(String username, String passwordHash, StaffRole role,
            OffsetDateTime createdAt) {
        this(username, passwordHash, role, createdAt, null);
    }

    /** An account added by {@code createdBy}, an account of the same role. */
    public StaffAccount(String username, String passwordHash, StaffRole role,
            OffsetDateTime createdAt, String createdBy) {
        this.username = username;
        this.credential = new Credential(passwordHash);
        this.role = role;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Ends the account's logins for good; it stays for the names in the audit trail. */
    public void disable(String by, OffsetDateTime at) {
        if (disabledAt != null) {
            throw new IllegalStateException("account " + username + " is already disabled");
        }
        this.disabledAt = at;
        this.disabledBy = by;
    }

    public boolean isDisabled() {
        return disabledAt != null;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public Credential credential() {
        return credential;
    }

    public StaffRole role() {
        return role;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public OffsetDateTime disabledAt() {
        return disabledAt;
    }

    public String disabledBy() {
        return disabledBy;
    }
}
