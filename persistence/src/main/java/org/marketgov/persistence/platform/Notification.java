package org.marketgov.persistence.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A message in a member's in-site inbox, such as the reason for a termination. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "member_id")
    private long memberId;

    private String subject;

    private String body;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "read_at")
    private OffsetDateTime readAt;

    protected Notification() {
    }

    public Notification(long memberId, String subject, String body, OffsetDateTime createdAt) {
        this.memberId = memberId;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
    }

    public void markRead(OffsetDateTime at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long id() {
        return id;
    }

    public long memberId() {
        return memberId;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime readAt() {
        return readAt;
    }
}
