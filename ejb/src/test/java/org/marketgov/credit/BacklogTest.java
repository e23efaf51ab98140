package org.marketgov.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BacklogTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-03-16T12:00:00Z");

    /**
     * Due items kept like the window table: an item handled successfully leaves the
     * backlog, one that fails stays due.
     */
    private static final class Table implements Backlog.Source {

        private final List<Backlog.Mark> due = new ArrayList<>();
        private int queries;

        Table(int items) {
            LongStream.rangeClosed(1, items)
                    .forEach(id -> due.add(new Backlog.Mark(T0.plusSeconds(id / 3), id)));
        }

        @Override
        public List<Backlog.Mark> after(Backlog.Mark after, int max) {
            queries++;
            return due.stream().filter(m -> after == null || m.isAfter(after))
                    .sorted(Comparator.comparing((Backlog.Mark m) -> m.at().toInstant())
                            .thenComparingLong(Backlog.Mark::id))
                    .limit(max).toList();
        }

        boolean handle(long id, Set<Long> failing, List<Long> seen) {
            seen.add(id);
            if (failing.contains(id)) {
                return false;
            }
            due.removeIf(m -> m.id() == id);
            return true;
        }
    }

    @Test
    @DisplayName("CR-5 a run ends every due window, batch after batch, not only the first 500")
    void drainsEveryBatch() {
        Table table = new Table(1_234);
        List<Long> seen = new ArrayList<>();

        int done = Backlog.drain(table, 100, id -> table.handle(id, Set.of(), seen));

        assertEquals(1_234, done);
        assertEquals(1_234, seen.size());
        assertEquals(0, table.due.size());
        assertEquals(13, table.queries);
    }

    @Test
    @DisplayName("CR-5 a window that fails every time is met once per run and the run ends")
    void failingItemsDoNotLoop() {
        Table table = new Table(25);
        Set<Long> failing = Set.of(3L, 10L, 11L, 12L, 13L, 25L);
        List<Long> seen = new ArrayList<>();

        int done = Backlog.drain(table, 4, id -> table.handle(id, failing, seen));

        assertEquals(19, done);
        assertEquals(25, seen.size());
        assertEquals(25, seen.stream().distinct().count());
        assertEquals(6, table.due.size());
    }

    @Test
    @DisplayName("CR-5 an empty backlog takes one query; a batch exactly full takes one more")
    void exactBatches() {
        Table empty = new Table(0);
        Table full = new Table(8);

        assertEquals(0, Backlog.drain(empty, 4, id -> true));
        assertEquals(8, Backlog.drain(full, 4, id -> full.handle(id, Set.of(),
                new ArrayList<>())));

        assertEquals(1, empty.queries);
        assertEquals(3, full.queries);
    }

    @Test
    @DisplayName("CR-5 a source that answers the same batch again stops the run instead of"
            + " looping")
    void standingSourceStops() {
        List<Backlog.Mark> same = List.of(new Backlog.Mark(T0, 1), new Backlog.Mark(T0, 2));

        assertThrows(IllegalStateException.class,
                () -> Backlog.drain((after, max) -> same, 2, id -> false));
        assertThrows(IllegalArgumentException.class,
                () -> Backlog.drain((after, max) -> same, 0, id -> false));
    }

    @Test
    @DisplayName("CR-5 batches of due windows reach the closing step whole, each id once")
    void handsOverWholeBatches() {
        Table table = new Table(10);
        List<List<Long>> batches = new ArrayList<>();

        int done = Backlog.drainInBatches(table, 4, ids -> {
            batches.add(ids);
            return (int) ids.stream().filter(id -> table.handle(id, Set.of(5L),
                    new ArrayList<>())).count();
        });

        assertEquals(9, done);
        assertEquals(List.of(List.of(1L, 2L, 3L, 4L), List.of(5L, 6L, 7L, 8L),
                List.of(9L, 10L)), batches);
        assertEquals(List.of(5L), table.due.stream().map(Backlog.Mark::id).toList());
    }
}
