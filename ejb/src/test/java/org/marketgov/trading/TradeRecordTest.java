package org.marketgov.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.marketgov.persistence.trading.TradeEvent;
import org.marketgov.persistence.trading.TradeEventType;
import org.marketgov.trading.TradeViews.RecordEntry;

class TradeRecordTest {

    private static final long TRADE = 1050L;
    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 123_456_789,
            ZoneOffset.ofHours(8));

    /** A genuine record of a whole trade: opened, paid, shipped, received. */
    private static List<RecordEntry> genuineRecord() {
        TradeEventType[] types = {TradeEventType.OPENED, TradeEventType.PAID,
            TradeEventType.SHIPPED, TradeEventType.RECEIPT_CONFIRMED};
        List<RecordEntry> entries = new ArrayList<>();
        String prev = TradeEvent.GENESIS;
        for (int i = 0; i < types.length; i++) {
            TradeEvent e = new TradeEvent(TRADE, i + 1, types[i], T0.plusHours(i),
                    i % 2 == 0 ? "alice" : "bob",
                    new TradeRecord.Payload().with("step", i + 1).toString(), prev);
            entries.add(TradeRecord.entry(e));
            prev = e.hash();
        }
        return entries;
    }

    private static RecordEntry withPayload(RecordEntry e, String payload) {
        return new RecordEntry(e.sequence(), e.type(), e.at(), e.actor(), payload, e.prevHash(),
                e.hash());
    }

    @Test
    @DisplayName("RISK-4 an untouched record verifies")
    void genuineRecordIsIntact() {
        assertNull(TradeRecord.firstBroken(TRADE, genuineRecord()));
    }

    @Test
    @DisplayName("RISK-4 an edited payload is detected at the edited entry")
    void editedPayloadIsDetected() {
        List<RecordEntry> record = genuineRecord();
        record.set(2, withPayload(record.get(2), "{\"carrier\":\"nobody\"}"));

        assertEquals(3, TradeRecord.firstBroken(TRADE, record));
    }

    @Test
    @DisplayName("RISK-4 an edit with a recomputed hash still breaks the link to the next entry")
    void rehashedEditBreaksTheNextLink() {
        List<RecordEntry> record = genuineRecord();
        RecordEntry old = record.get(1);
        String forgedPayload = "{\"amount\":\"1.00\"}";
        String forgedHash = TradeEvent.hashOf(TRADE, old.sequence(), old.type(), old.at(),
                old.actor(), forgedPayload, old.prevHash());
        record.set(1, new RecordEntry(old.sequence(), old.type(), old.at(), old.actor(),
                forgedPayload, old.prevHash(), forgedHash));

        assertEquals(3, TradeRecord.firstBroken(TRADE, record));
    }

    @Test
    @DisplayName("RISK-4 a removed entry is detected")
    void removedEntryIsDetected() {
        List<RecordEntry> record = genuineRecord();
        record.remove(1);

        assertEquals(2, TradeRecord.firstBroken(TRADE, record));
    }

    @Test
    @DisplayName("RISK-4 entries cut off at the end are detected against the trade's head")
    void cutTailIsDetected() {
        List<RecordEntry> record = genuineRecord();
        int length = record.size();
        String head = record.get(length - 1).hash();
        record.remove(length - 1);

        assertNull(TradeRecord.firstBroken(TRADE, record), "the chain alone cannot tell");
        assertEquals(length, TradeRecord.firstBroken(TRADE, record, head, length));
    }

    @Test
    @DisplayName("RISK-4 a whole record matching its trade's head verifies; a foreign head does not")
    void headMustMatch() {
        List<RecordEntry> record = genuineRecord();
        int length = record.size();

        assertNull(TradeRecord.firstBroken(TRADE, record, record.get(length - 1).hash(), length));
        assertEquals(length, TradeRecord.firstBroken(TRADE, record, "0".repeat(64), length));
        assertEquals(length + 1, TradeRecord.firstBroken(TRADE, record,
                record.get(length - 1).hash(), length + 1));
    }

    @Test
    @DisplayName("RISK-4 reordered entries are detected")
    void reorderedEntriesAreDetected() {
        List<RecordEntry> record = genuineRecord();
        RecordEntry second = record.get(1);
        record.set(1, record.get(2));
        record.set(2, second);

        assertEquals(2, TradeRecord.firstBroken(TRADE, record));
    }

    @Test
    @DisplayName("RISK-4 a record cannot be passed off as another trade's")
    void otherTradesRecordIsDetected() {
        assertEquals(1, TradeRecord.firstBroken(TRADE + 1, genuineRecord()));
    }

    @Test
    @DisplayName("RISK-4 times are kept in whole milliseconds so storage cannot change a hash")
    void timesInMilliseconds() {
        TradeEvent e = new TradeEvent(TRADE, 1, TradeEventType.OPENED, T0, "alice", "{}",
                TradeEvent.GENESIS);

        assertEquals(123_000_000, e.at().getNano());
        assertEquals(ZoneOffset.UTC, e.at().getOffset());
    }

    @Test
    @DisplayName("RISK-4 payloads are JSON with every value quoted and escaped")
    void payloadIsEscapedJson() {
        String json = new TradeRecord.Payload().with("title", "Tea \"pot\"\n\\ 1")
                .with("stock", null).with("quantity", 2).toString();

        assertEquals("{\"title\":\"Tea \\\"pot\\\"\\n\\\\ 1\",\"stock\":null,\"quantity\":\"2\"}",
                json);
    }
}
