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

    protected StaffAccount() {
    }

    public StaffAccount(String username, String passwordHash, StaffRole role,
            OffsetDateTime createdAt) {
        this.username = username;
        this.credential = new Credential(passwordHash);
        this.role = role;
        this.createdAt = createdAt;
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
}
