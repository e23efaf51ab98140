package org.marketgov.persistence.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * DS-2: a run of failed logins against one subject, an account ({@code account:<name>})
 * or a client address ({@code address:<ip>}). A failure more than the given quiet
 * period after the previous one starts a new run; a success ends the run of an account.
 * The row lives in the database so that all server instances see the same run.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    /** Longest subject kept; longer names are cut, which only merges their runs. */
    public static final int MAX_SUBJECT = 100;

    @Id
    private String subject;

    private int failures;

    @Column(name = "last_failure_at")
    private OffsetDateTime lastFailureAt;

    protected LoginThrottle() {
    }

    public LoginThrottle(String subject) {
        this.subject = subject;
    }

    /** Counts a failure at {@code now}; after {@code quiet} without failures the run restarts. */
    public void recordFailure(OffsetDateTime now, Duration quiet) {
        if (lastFailureAt == null || !now.isBefore(lastFailureAt.plus(quiet))) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
    }

    public String subject() {
        return subject;
    }

    public int failures() {
        return failures;
    }

    public OffsetDateTime lastFailureAt() {
        return lastFailureAt;
    }
}
