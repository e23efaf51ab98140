package org.marketgov.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.marketgov.persistence.membership.Member;
import org.marketgov.persistence.membership.MemberStatus;
import org.marketgov.persistence.security.AuditOutcome;
import org.marketgov.persistence.security.Credential;
import org.marketgov.persistence.security.StaffAccount;
import org.marketgov.persistence.security.StaffRole;
import org.marketgov.platform.SettingKey;
import org.marketgov.platform.SiteSettings;

/**
 * Checks a username and password against the staff and member accounts (DS-2).
 * Failures are counted per account and lock it after a run of them; a locked,
 * frozen or departed account is refused even with the right password. Every
 * verified login and every refusal is written to the audit trail (DS-3); repeat
 * calls served from {@link CredentialCache} within its short lifetime are not new
 * logins and are not audited again.
 *
 * <p>Before a password is hashed, {@link LoginThrottling} may refuse the attempt without
 * looking at it: an account after a few failures in a row, for a time that
 * doubles with each further failure, and a client address after many failures across
 * accounts. The runs are kept by {@link ThrottleBook} in the database.
 */
@Stateless
@PermitAll
public class AccountDirectory {

    private static final String DUMMY_HASH = PasswordHashing.hash("no such account");

    @PersistenceContext(unitName = "market")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CredentialCache cache;

    @EJB
    private AuditTrail audit;

    @EJB
    private SiteSettings settings;

    @EJB
    private ThrottleBook throttle;

    /** A verified caller with the container roles they act in. */
    public record Authenticated(String name, Set<String> roles) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Authenticated> authenticate(String username, String password, String origin) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Account> found = find(username);
        if (found.isPresent() && remembered(found.get(), username, password, now)) {
            return Optional.of(found.get().authenticated());
        }

        String accountSubject = ThrottleBook.account(safe(username));
        String addressSubject = ThrottleBook.address(origin);
        Optional<String> refusal = throttled(accountSubject, addressSubject);
        if (refusal.isPresent()) {
            audit.record(safe(username), "LOGIN", null, AuditOutcome.DENIED, origin,
                    refusal.get());
            return Optional.empty();
        }

        if (found.isEmpty()) {
            PasswordHashing.matches(password, DUMMY_HASH);
            countFailure(accountSubject, addressSubject, now);
            audit.record(safe(username), "LOGIN", null, AuditOutcome.FAILURE, origin,
                    "unknown account");
            return Optional.empty();
        }
        Account account = found.get();
        Credential credential = account.credential();
        if (credential.isLocked(now)) {
            audit.record(account.name(), "LOGIN", null, AuditOutcome.DENIED, origin, "locked");
            return Optional.empty();
        }
        if (!account.mayLogIn()) {
            audit.record(account.name(), "LOGIN", null, AuditOutcome.DENIED, origin,
                    account.state());
            return Optional.empty();
        }
        String stored = credential.passwordHash();
        if (!PasswordHashing.matches(password, stored)) {
            countFailure(accountSubject, addressSubject, now);
            Credential current = lockedForUpdate(account);
            current.recordFailure(now, settings.number(SettingKey.LOGIN_MAX_FAILURES),
                    Duration.ofMinutes(settings.number(SettingKey.LOGIN_LOCK_MINUTES)));
            String detail = current.isLocked(now) ? "wrong password; account locked"
                    : "wrong password";
            audit.record(account.name(), "LOGIN", null, AuditOutcome.FAILURE, origin, detail);
            return Optional.empty();
        }
        if (credential.failedLogins() > 0) {
            lockedForUpdate(account).recordSuccess();
        }
        throttle.recordSuccess(accountSubject);
        cache.remember(username, password, stored, now.toInstant());
        audit.record(account.name(), "LOGIN", null, AuditOutcome.SUCCESS, origin, null);
        return Optional.of(account.authenticated());
    }

    /**
     * A repeat call with the password verified moments ago by a full login. Only the
     * right password can hit, so the throttle, which is there to slow guesses, is not
     * consulted for it; a wrong one always misses and goes through the throttle.
     */
    private boolean remembered(Account account, String username, String password,
            OffsetDateTime now) {
        Credential credential = account.credential();
        return account.mayLogIn() && !credential.isLocked(now)
                && cache.isVerified(username, password, credential.passwordHash(),
                        now.toInstant());
    }

    /** DS-2: why the attempt is refused unseen, if the account or address is throttled. */
    private Optional<String> throttled(String accountSubject, String addressSubject) {
        LoginThrottling.Limits limits = limits();
        if (LoginThrottling.refusesAddress(throttle.run(addressSubject), limits, clock)) {
            return Optional.of("throttled address");
        }
        if (LoginThrottling.refusesAccount(throttle.run(accountSubject), limits, clock)) {
            return Optional.of("throttled account");
        }
        return Optional.empty();
    }

    private LoginThrottling.Limits limits() {
        return new LoginThrottling.Limits(settings.number(SettingKey.LOGIN_THROTTLE_AFTER),
                Duration.ofSeconds(settings.number(SettingKey.LOGIN_THROTTLE_MAX_SECONDS)),
                settings.number(SettingKey.LOGIN_ADDRESS_MAX_FAILURES),
                Duration.ofMinutes(settings.number(SettingKey.LOGIN_ADDRESS_QUIET_MINUTES)));
    }

    /**
     * DS-2: counts a failure in its own transaction. Two first failures of one subject
     * at once may collide on its new row; the second try then finds the row.
     */
    private void countFailure(String accountSubject, String addressSubject, OffsetDateTime now) {
        Duration quiet = Duration.ofMinutes(
                settings.number(SettingKey.LOGIN_ADDRESS_QUIET_MINUTES));
        try {
            throttle.recordFailure(accountSubject, addressSubject, quiet, now);
        } catch (EJBException collided) {
            throttle.recordFailure(accountSubject, addressSubject, quiet, now);
        }
    }

    /**
     * MEM-7: whether a signed-in account may still act. A console session outlives the
     * login it began with, so a member frozen, terminated or gone since then is asked
     * again on each page; staff accounts have no such state.
     */
    public boolean isStillActive(String username) {
        return find(username).map(Account::mayLogIn).orElse(false);
    }

    /**
     * MEM-1, DS-3: whether a member or staff account already has this username in any
     * letter case; one login form serves both, so a name is taken for both.
     */
    public boolean nameTaken(String username) {
        String lower = username.toLowerCase(Locale.ROOT);
        return em.createQuery("select count(s) from StaffAccount s where lower(s.username) = :u",
                        Long.class).setParameter("u", lower).getSingleResult() > 0
                || em.createQuery("select count(m) from Member m where lower(m.username) = :u",
                        Long.class).setParameter("u", lower).getSingleResult() > 0;
    }

    /**
     * CMP-3: whether {@code username} names a STAFF account that may still log in (not an
     * AUDITOR, a member or a disabled account).
     */
    public boolean isStaff(String username) {
        if (username == null || username.isEmpty() || username.length() > 32) {
            return false;
        }
        return em.createQuery("select count(s) from StaffAccount s where s.username = :u"
                        + " and s.role = :r and s.disabledAt is null", Long.class)
                .setParameter("u", username)
                .setParameter("r", StaffRole.STAFF)
                .getSingleResult() > 0;
    }

    /**
     * DS-2: guesses sent in parallel must each count. The row is locked and read afresh
     * only after the slow hash, so concurrent failures queue on the count, not on the
     * hash, and none of them overwrites another's increment.
     */
    private Credential lockedForUpdate(Account account) {
        em.refresh(account.entity(), LockModeType.PESSIMISTIC_WRITE);
        return account.entity() instanceof Member m ? m.credential()
                : ((StaffAccount) account.entity()).credential();
    }

    private Optional<Account> find(String username) {
        if (username == null || username.isEmpty() || username.length() > 32) {
            return Optional.empty();
        }
        Optional<StaffAccount> staff = em.createQuery(
                        "select s from StaffAccount s where s.username = :u", StaffAccount.class)
                .setParameter("u", username).getResultStream().findFirst();
        if (staff.isPresent()) {
            return staff.map(Account::staff);
        }
        return em.createQuery("select m from Member m where m.username = :u", Member.class)
                .setParameter("u", username).getResultStream().findFirst().map(Account::member);
    }

    private static String safe(String username) {
        if (username == null) {
            return "(none)";
        }
        return username.length() > 32 ? username.substring(0, 32) : username;
    }

    /** Staff and members seen through what login needs of them. */
    private record Account(Object entity, String name, Credential credential, String role,
            MemberStatus status, boolean disabled) {

        static Account staff(StaffAccount s) {
            return new Account(s, s.username(), s.credential(), s.role().name(), null,
                    s.isDisabled());
        }

        static Account member(Member m) {
            return new Account(m, m.username(), m.credential(), Roles.MEMBER, m.status(),
                    false);
        }

        boolean mayLogIn() {
            return !disabled && (status == null || status == MemberStatus.ACTIVE);
        }

        String state() {
            if (disabled) {
                return "disabled";
            }
            return status == null ? "active" : status.name().toLowerCase();
        }

        Authenticated authenticated() {
            return new Authenticated(name, Set.of(role));
        }
    }
}
