package org.marketgov.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one source of the current time. In production it is the system clock. When the
 * server starts with {@code MARKET_CLOCK=adjustable} (or the system property
 * {@code market.clock=adjustable}) the clock can be moved forward for tests and
 * demonstrations; it never goes back.
 *
 * <p>Limitation: the adjustment is held by each server instance, so an adjustable
 * clock is for a single instance only, which is how it is used (never in production).
 */
@ApplicationScoped
public class SiteClock {

    private final boolean adjustable;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final Clock clock = new OffsetClock();

    public SiteClock() {
        String env = System.getenv("MARKET_CLOCK");
        String property = System.getProperty("market.clock");
        this.adjustable = "adjustable".equals(env) || "adjustable".equals(property);
    }

    @Produces
    public Clock clock() {
        return clock;
    }

    public boolean isAdjustable() {
        return adjustable;
    }

    /** Moves the clock forward; only an adjustable clock may move. */
    public Instant advance(Duration by) {
        if (!adjustable) {
            throw new IllegalStateException("the site clock is not adjustable");
        }
        offset.accumulateAndGet(by, Duration::plus);
        return clock.instant();
    }

    private final class OffsetClock extends Clock {

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.tickMillis(zone), offset.get());
        }

        /**
         * Whole milliseconds: databases round finer fractions on storage, which would
         * change any hash computed over a time before it was stored.
         */
        @Override
        public Instant instant() {
            return Instant.now().truncatedTo(ChronoUnit.MILLIS).plus(offset.get());
        }
    }
}
