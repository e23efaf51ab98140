package org.marketgov.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marketgov.persistence.security.AuditOutcome;
import org.marketgov.persistence.security.StaffAccount;
import org.marketgov.persistence.security.StaffRole;
import org.marketgov.platform.Constraints;
import org.marketgov.platform.InvalidInput;
import org.marketgov.platform.NotFound;
import org.marketgov.platform.RuleViolation;

/**
 * The site's own accounts (DS-3, DS-4, CMP-3): STAFF adds the operators and mediators it
 * works with, an AUDITOR adds the second approver that break-glass requests need, and
 * either disables an account of its own role when someone leaves
 * ({@link StaffAccountRules}). Each addition and disabling is an audit line; a password
 * never is. A disabled account stays, so the names in the audit trail and on cases keep
 * meaning, but it logs in no more, from its next request on.
 */
@Stateless
@DeclareRoles({Roles.STAFF, Roles.AUDITOR})
public class StaffAccounts {

    private static final Logger LOG = Logger.getLogger(StaffAccounts.class.getName());

    /** A view of one account, never its password. */
    public record StaffAccountView(String username, StaffRole role, OffsetDateTime createdAt,
            String createdBy, boolean disabled, OffsetDateTime disabledAt, String disabledBy) {

        static StaffAccountView of(StaffAccount a) {
            return new StaffAccountView(a.username(), a.role(), a.createdAt(), a.createdBy(),
                    a.isDisabled(), a.disabledAt(), a.disabledBy());
        }
    }

    @Resource
    private SessionContext caller;

    @PersistenceContext(unitName = "market")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    @EJB
    private AccountDirectory directory;

    /** A page of the accounts, by role and name. */
    public record AccountPage(List<StaffAccountView> items, long total) {
    }

    /** Every staff and auditor account, by role and name. */
    @RolesAllowed({Roles.STAFF, Roles.AUDITOR})
    public List<StaffAccountView> accounts() {
        return byRoleAndName(0, Integer.MAX_VALUE);
    }

    /** A page of the staff and auditor accounts, by role and name. */
    @RolesAllowed({Roles.STAFF, Roles.AUDITOR})
    public AccountPage accounts(int page, int size) {
        long total = em.createQuery("select count(s) from StaffAccount s", Long.class)
                .getSingleResult();
        return new AccountPage(byRoleAndName(page * size, size), total);
    }

    private List<StaffAccountView> byRoleAndName(int first, int max) {
        return em.createQuery("select s from StaffAccount s order by s.role, s.username",
                        StaffAccount.class)
                .setFirstResult(first).setMaxResults(max)
                .getResultStream().map(StaffAccountView::of).toList();
    }

    /**
     * DS-3, DS-4: adds an account of the caller's own role. The username is unique among
     * members and staff alike, whatever its case, since one login form serves both.
     */
    @RolesAllowed({Roles.STAFF, Roles.AUDITOR})
    public StaffAccountView add(StaffAccountForm form, String origin) {
        List<InvalidInput.FieldError> errors = StaffAccountRules.check(form);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        StaffRole role = StaffAccountRules.role(form.role());
        StaffAccountRules.requireOwnRole(myRole(), role);
        String username = form.username();
        if (directory.nameTaken(username)) {
            throw nameTaken(username);
        }

        StaffAccount account = new StaffAccount(username, PasswordHashing.hash(form.password()),
                role, now(), me());
        try {
            em.persist(account);
            em.flush();
        } catch (PersistenceException failure) {
            if (Constraints.violated(failure)) {
                throw nameTaken(username);
            }
            throw failure;
        }
        audit.record(me(), "ACCOUNT_ADDED", "account " + username, AuditOutcome.SUCCESS, origin,
                "role " + role);

        LOG.log(Level.INFO, "{0} account {1} added", new Object[] {role, username});
        return StaffAccountView.of(account);
    }

    /** DS-3, DS-4: disables another account of the caller's own role, once. */
    @RolesAllowed({Roles.STAFF, Roles.AUDITOR})
    public StaffAccountView disable(String username, String origin) {
        StaffAccount account = em.createQuery("select s from StaffAccount s"
                        + " where s.username = :u", StaffAccount.class)
                .setParameter("u", username == null ? "" : username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("account " + username));
        StaffAccountRules.requireOwnRole(myRole(), account.role());
        StaffAccountRules.requireNotSelf(me(), account.username());
        if (account.isDisabled()) {
            throw new RuleViolation("DS-3", "account " + username + " is already disabled");
        }

        account.disable(me(), now());
        audit.record(me(), "ACCOUNT_DISABLED", "account " + username, AuditOutcome.SUCCESS,
                origin, "role " + account.role());

        LOG.log(Level.INFO, "{0} account {1} disabled", new Object[] {account.role(), username});
        return StaffAccountView.of(account);
    }

    private static RuleViolation nameTaken(String username) {
        return new RuleViolation("DS-3", "the username " + username + " is taken",
                List.of("username"));
    }

    private StaffRole myRole() {
        return caller.isCallerInRole(Roles.AUDITOR) ? StaffRole.AUDITOR : StaffRole.STAFF;
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
