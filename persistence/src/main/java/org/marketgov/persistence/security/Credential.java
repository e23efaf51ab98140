package org.marketgov.persistence.security;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * A password hash with its login-failure state. DS-2: after a run of failed logins
 * the account is locked for a while, even against the right password.
 */
@Embeddable
public class Credential {

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    protected Credential() {
    }

    public Credential(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean isLocked(OffsetDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public OffsetDateTime lockedUntil() {
        return lockedUntil;
    }

    public int failedLogins() {
        return failedLogins;
    }

    /** Counts a failure; the failure that completes the run locks the account. */
    public void recordFailure(OffsetDateTime now, int maxFailures, Duration lockout) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = now.plus(lockout);
            failedLogins = 0;
        }
    }

    public void recordSuccess() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void replace(String newHash) {
        passwordHash = newHash;
        recordSuccess();
    }
}
