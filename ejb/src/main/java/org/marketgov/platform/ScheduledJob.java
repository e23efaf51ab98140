package org.marketgov.platform;

import java.time.Instant;

/**
 * A piece of scheduled work (closing evaluation windows, completing trades, purging
 * access logs). Each job finds for itself what is due at {@code now} and must be safe
 * to run again or from several instances at once.
 */
public interface ScheduledJob {

    String name();

    /** Does whatever became due up to {@code now}; answers how many items it handled. */
    int runDue(Instant now);
}
