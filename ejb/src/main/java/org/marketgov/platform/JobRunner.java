package org.marketgov.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs every registered {@link ScheduledJob}: each minute from the EJB timer service,
 * and on demand after the test clock has moved. Jobs are discovered as CDI beans.
 *
 * <p>The timer is persistent: the container keeps it in its timer store, so a restart
 * neither loses it nor its missed runs, and in a deployment group one instance fires
 * it, not every one. The jobs themselves claim their work under row locks, so a run
 * that overlaps a clock advance or a retried run does nothing twice.
 *
 * <p>The runner holds no transaction of its own, and suspends its caller's: each job
 * commits its work in transactions it chooses, so a long backlog in one job neither
 * keeps the rows an earlier job locked nor leaves the caller's locks held until the
 * last job ends.
 */
@Singleton
@PermitAll
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());

    @Inject
    @Any
    private Instance<ScheduledJob> jobs;

    @Inject
    private Clock clock;

    @Schedule(minute = "*", hour = "*", persistent = true)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyMinute() {
        runDue();
    }

    /** Runs all jobs for the current site time; answers items handled per job. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Map<String, Integer> runDue() {
        Instant now = clock.instant();
        Map<String, Integer> handled = new LinkedHashMap<>();
        for (ScheduledJob job : jobs) {
            int n = job.runDue(now);
            handled.put(job.name(), n);
            if (n > 0) {
                LOG.log(Level.INFO, "job {0} handled {1} items", new Object[] {job.name(), n});
            }
        }
        return handled;
    }
}
