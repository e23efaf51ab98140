package org.marketgov.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.marketgov.persistence.security.LoginThrottle;

/**
 * DS-2: the stored runs of failed logins behind {@link LoginThrottling}, one row per
 * account and per client address, shared by every server instance through the database.
 * Failures against unknown names are counted too, so that throttling does not tell
 * which usernames exist.
 *
 * <p>Limitation: rows are never purged, so a spray of made-up usernames leaves one row
 * each behind; and clients sharing one address (behind NAT or a proxy) share its limit.
 */
@Stateless
@PermitAll
public class ThrottleBook {

    /** An account's run of failures ends after a day without one. */
    static final Duration ACCOUNT_QUIET = Duration.ofHours(24);

    @PersistenceContext(unitName = "market")
    private EntityManager em;

    static String account(String username) {
        return cut("account:" + username);
    }

    static String address(String origin) {
        return origin == null ? null : cut("address:" + origin);
    }

    /** The current run of a subject; no subject or no row is an empty run. */
    public LoginThrottling.Run run(String subject) {
        LoginThrottle row = subject == null ? null : em.find(LoginThrottle.class, subject);
        return row == null ? LoginThrottling.Run.NONE
                : new LoginThrottling.Run(row.failures(), row.lastFailureAt());
    }

    /**
     * Counts one failure against the account and the address. It commits on its own, so
     * a refused login still leaves its trace; rows are locked in name order so that
     * parallel guesses queue instead of deadlocking. Two first failures of a subject at
     * the same moment can collide on the new row: the loser's transaction fails and the
     * caller tries once more, then finding the row.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(String accountSubject, String addressSubject, Duration addressQuiet,
            OffsetDateTime now) {
        List<String> subjects = addressSubject == null ? List.of(accountSubject)
                : List.of(accountSubject, addressSubject).stream().sorted().toList();
        for (String subject : subjects) {
            LoginThrottle row = em.find(LoginThrottle.class, subject,
                    LockModeType.PESSIMISTIC_WRITE);
            if (row == null) {
                row = new LoginThrottle(subject);
                em.persist(row);
            }
            row.recordFailure(now, subject.equals(accountSubject) ? ACCOUNT_QUIET : addressQuiet);
        }
        em.flush();
    }

    /** A verified login ends the account's run; the address keeps its count. */
    public void recordSuccess(String accountSubject) {
        LoginThrottle row = em.find(LoginThrottle.class, accountSubject);
        if (row != null) {
            em.remove(row);
        }
    }

    private static String cut(String subject) {
        return subject.length() > LoginThrottle.MAX_SUBJECT
                ? subject.substring(0, LoginThrottle.MAX_SUBJECT) : subject;
    }
}
