package org.marketgov.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The site settings as last read from the database, kept for a moment: nearly every
 * request reads a few of them, and reading them all again for each would cost a query
 * per request. A change made through this server is seen at once, because it makes the
 * kept copy stale as soon as its transaction ends; the database stays the only place
 * the settings live.
 *
 * <p>Limitation: another server instance of a deployment group goes on using its kept
 * copy for up to {@link #FRESH} after a change.
 */
@ApplicationScoped
public class RecentSettings {

    /** How long a copy read from the database is used. */
    static final Duration FRESH = Duration.ofSeconds(2);

    private record Held(SiteSettings.Snapshot snapshot, long readAt, long generation) {
    }

    private final AtomicLong generation = new AtomicLong();
    private final LongSupplier ticker;
    private volatile Held held;

    public RecentSettings() {
        this(System::nanoTime);
    }

    RecentSettings(LongSupplier ticker) {
        this.ticker = ticker;
    }

    /**
     * The kept settings if they are fresh and no change happened since they were read,
     * otherwise those {@code read} answers now.
     */
    SiteSettings.Snapshot get(Supplier<SiteSettings.Snapshot> read) {
        Held h = held;
        long now = ticker.getAsLong();
        long current = generation.get();
        if (h != null && h.generation() == current && now - h.readAt() < FRESH.toNanos()) {
            return h.snapshot();
        }

        SiteSettings.Snapshot fresh = read.get();
        held = new Held(fresh, now, current);
        return fresh;
    }

    /**
     * Makes the kept copy stale. A read that began before the change and ends after it
     * carries the old generation, so what it keeps is not used.
     */
    void forget() {
        generation.incrementAndGet();
        held = null;
    }
}
