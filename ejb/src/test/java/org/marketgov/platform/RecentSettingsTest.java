package org.marketgov.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecentSettingsTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final RecentSettings recent = new RecentSettings(nanos::get);
    private final AtomicInteger reads = new AtomicInteger();

    private SiteSettings.Snapshot read(String cap) {
        reads.incrementAndGet();
        return new SiteSettings.Snapshot(Map.of(SettingKey.MONTHLY_CAP.key(), cap));
    }

    @Test
    @DisplayName("CR-6 settings read a moment ago are used again; after two seconds they are"
            + " read afresh")
    void keptForAMoment() {
        recent.get(() -> read("6"));
        nanos.addAndGet(RecentSettings.FRESH.toNanos() - 1);
        String kept = recent.get(() -> read("7")).text(SettingKey.MONTHLY_CAP);
        nanos.addAndGet(1);
        String fresh = recent.get(() -> read("7")).text(SettingKey.MONTHLY_CAP);

        assertEquals("6", kept);
        assertEquals("7", fresh);
        assertEquals(2, reads.get());
    }

    @Test
    @DisplayName("CR-6 a change made through this server is seen by the next read at once")
    void changeSeenAtOnce() {
        recent.get(() -> read("6"));

        recent.forget();

        assertEquals("9", recent.get(() -> read("9")).text(SettingKey.MONTHLY_CAP));
        assertEquals(2, reads.get());
    }

    @Test
    @DisplayName("CR-6 a read that began before a change and ended after it is not kept")
    void readOverlappingAChangeIsNotKept() {
        SiteSettings.Snapshot overlapping = recent.get(() -> {
            SiteSettings.Snapshot old = read("6");
            recent.forget();
            return old;
        });

        String next = recent.get(() -> read("9")).text(SettingKey.MONTHLY_CAP);

        assertEquals("6", overlapping.text(SettingKey.MONTHLY_CAP));
        assertEquals("9", next);
    }
}
