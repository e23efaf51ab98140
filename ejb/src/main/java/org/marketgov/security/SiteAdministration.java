package org.marketgov.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.marketgov.persistence.security.AuditOutcome;
import org.marketgov.platform.InvalidInput;
import org.marketgov.platform.JobRunner;
import org.marketgov.platform.SettingKey;
import org.marketgov.platform.SiteClock;
import org.marketgov.platform.SiteSettings;

/**
 * STAFF administration of the site: settings (each change audited, DS-3) and, on a
 * test server only, moving the clock forward and running the jobs that became due.
 */
@Stateless
public class SiteAdministration {

    /** Ten years: far beyond any window of the rules, and far from the end of time. */
    private static final Duration LONGEST_ADVANCE = Duration.ofDays(3650);

    @Resource
    private SessionContext caller;

    @EJB
    private SiteSettings settings;

    @EJB
    private AuditTrail audit;

    @EJB
    private JobRunner jobs;

    @Inject
    private SiteClock clock;

    @RolesAllowed({Roles.STAFF, Roles.AUDITOR})
    public List<SiteSettings.Entry> settings() {
        return settings.all();
    }

    @RolesAllowed(Roles.STAFF)
    public void changeSetting(String key, String value, String origin) {
        SettingKey setting = SettingKey.byKey(key);
        String old = settings.change(setting, value);
        audit.record(caller.getCallerPrincipal().getName(), "SETTING_CHANGED", setting.key(),
                AuditOutcome.SUCCESS, origin, old + " -> " + settings.text(setting));
    }

    /** The test clock's time, or empty when the clock cannot be moved. */
    @RolesAllowed(Roles.STAFF)
    public Optional<Instant> testClock() {
        return clock.isAdjustable() ? Optional.of(clock.clock().instant()) : Optional.empty();
    }

    /**
     * Moves the test clock forward and runs every job that became due before answering.
     * It holds no transaction: the audit line commits at once, so the chain head is not
     * locked while the jobs run, and each job commits its own work.
     */
    @RolesAllowed(Roles.STAFF)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<Instant> advanceTestClock(Duration by, String origin) {
        if (!clock.isAdjustable()) {
            return Optional.empty();
        }
        if (by.isNegative() || by.isZero()) {
            throw InvalidInput.of("advance", "the clock only moves forward");
        }
        if (by.compareTo(LONGEST_ADVANCE) > 0) {
            throw InvalidInput.of("advance", "at most " + LONGEST_ADVANCE.toDays()
                    + " days at a time");
        }
        Instant now = clock.advance(by);
        audit.record(caller.getCallerPrincipal().getName(), "CLOCK_ADVANCED", null,
                AuditOutcome.SUCCESS, origin, by.toString());
        jobs.runDue();
        return Optional.of(now);
    }
}
