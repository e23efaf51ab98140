package org.marketgov.trading;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marketgov.persistence.trading.TradeEvent;
import org.marketgov.trading.TradeViews.RecordEntry;

/**
 * RISK-4: the rules of a trade's evidence record. Entries are numbered 1, 2, 3...
 * without gaps; each names the hash of the one before (the first names
 * {@link TradeEvent#GENESIS}) and carries a hash that matches its own fields. An entry
 * that was edited, removed or moved breaks one of these, and the first entry that does
 * is where the record stops being trustworthy.
 */
public final class TradeRecord {

    private TradeRecord() {
    }

    /** Checks a trade's entries in order; answers the first broken sequence number or null. */
    public static Integer firstBroken(long tradeId, List<RecordEntry> entries) {
        String expectedPrev = TradeEvent.GENESIS;
        int expectedSequence = 1;
        for (RecordEntry e : entries) {
            boolean linked = e.sequence() == expectedSequence && e.prevHash().equals(expectedPrev);
            String recomputed = TradeEvent.hashOf(tradeId, e.sequence(), e.type(), e.at(),
                    e.actor(), e.payload(), e.prevHash());
            if (!linked || !recomputed.equals(e.hash())) {
                return expectedSequence;
            }
            expectedPrev = e.hash();
            expectedSequence++;
        }
        return null;
    }

    /**
     * Checks the entries and that they end where the trade says its record ends: an
     * entry cut off at the end, or one added behind the trade's back, is a break too.
     * Answers the first sequence number that is missing, extra or broken, or null.
     */
    public static Integer firstBroken(long tradeId, List<RecordEntry> entries, String head,
            int length) {
        Integer broken = firstBroken(tradeId, entries);
        if (broken != null) {
            return broken;
        }
        if (entries.size() != length) {
            return Math.min(entries.size(), length) + 1;
        }
        boolean headMatches = length == 0 ? head == null
                : entries.get(length - 1).hash().equals(head);
        return headMatches ? null : length;
    }

    public static RecordEntry entry(TradeEvent e) {
        return new RecordEntry(e.sequence(), e.type(), e.at(), e.actor(), e.payload(),
                e.prevHash(), e.hash());
    }

    /** Builds an event payload: a flat JSON object whose values are all strings. */
    public static final class Payload {

        private final Map<String, String> fields = new LinkedHashMap<>();

        public Payload with(String name, Object value) {
            fields.put(name, value == null ? null : value.toString());
            return this;
        }

        @Override
        public String toString() {
            StringBuilder json = new StringBuilder("{");
            fields.forEach((name, value) -> {
                if (json.length() > 1) {
                    json.append(',');
                }
                json.append(quoted(name)).append(':')
                        .append(value == null ? "null" : quoted(value));
            });
            return json.append('}').toString();
        }

        private static String quoted(String text) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : c);
                }
            }
            return out.append('"').toString();
        }
    }
}
