package org.marketgov.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.marketgov.platform.ScheduledJob;

/**
 * A scheduled job added to the EJB module of the boundary test application. It does no
 * work; it counts its runs and those that found a transaction active, so a test can tell
 * whether the job runner hands its caller's transaction to the jobs. Its counters are
 * public because the test reads them from the web module, another class loader.
 */
@ApplicationScoped
public class TransactionProbeJob implements ScheduledJob {

    private static final AtomicInteger RUNS = new AtomicInteger();
    private static final AtomicInteger RUNS_IN_TRANSACTION = new AtomicInteger();

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Override
    public String name() {
        return "transaction-probe";
    }

    @Override
    public int runDue(Instant now) {
        RUNS.incrementAndGet();
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            RUNS_IN_TRANSACTION.incrementAndGet();
        }
        return 0;
    }

    public static int runs() {
        return RUNS.get();
    }

    public static int runsInTransaction() {
        return RUNS_IN_TRANSACTION.get();
    }
}
