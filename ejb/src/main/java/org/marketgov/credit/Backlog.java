package org.marketgov.credit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.function.ToIntFunction;

/**
 * Works through a backlog of due items in batches, in the order of their time and then
 * their id, until none remain. Each batch is asked for the items after the last one
 * already seen, so the walk always moves forward: an item that fails, or that another
 * instance handled first, is not met again in the same walk, and the walk ends even
 * when some items fail every time. Those wait for the next run.
 */
final class Backlog {

    private Backlog() {
    }

    /** Where an item stands in the walk: its due time, then its id. */
    record Mark(OffsetDateTime at, long id) {

        boolean isAfter(Mark other) {
            int byTime = at.toInstant().compareTo(other.at().toInstant());
            return byTime > 0 || byTime == 0 && id > other.id();
        }
    }

    /** Answers up to {@code max} items after {@code after} (from the start when null). */
    @FunctionalInterface
    interface Source {
        List<Mark> after(Mark after, int max);
    }

    /**
     * Hands every item of the backlog to {@code handler}, {@code batchSize} at a time;
     * answers how many the handler reported as done.
     */
    static int drain(Source source, int batchSize, LongPredicate handler) {
        return drainInBatches(source, batchSize,
                ids -> (int) ids.stream().filter(handler::test).count());
    }

    /**
     * Hands the backlog to {@code handler} a batch of ids at a time, so that it can work
     * on several items at once; the handler answers how many of them it did.
     */
    static int drainInBatches(Source source, int batchSize, ToIntFunction<List<Long>> handler) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("a batch holds at least one item");
        }
        int done = 0;
        Mark last = null;
        while (true) {
            List<Mark> batch = source.after(last, batchSize);
            if (!batch.isEmpty()) {
                done += handler.applyAsInt(batch.stream().map(Mark::id).toList());
            }

            if (batch.size() < batchSize) {
                return done;
            }
            Mark next = batch.get(batch.size() - 1);
            if (last != null && !next.isAfter(last)) {
                throw new IllegalStateException("a backlog batch did not move past " + last);
            }
            last = next;
        }
    }
}
