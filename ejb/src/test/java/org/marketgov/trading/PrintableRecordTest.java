package org.marketgov.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.marketgov.persistence.trading.TradeEvent;
import org.marketgov.persistence.trading.TradeEventType;
import org.marketgov.trading.TradeViews.RecordEntry;
import org.marketgov.trading.TradeViews.TradeRecordView;

class PrintableRecordTest {

    @Test
    @DisplayName("RISK-4 the printable record escapes what members wrote and states the chain")
    void escapesEverything() {
        OffsetDateTime at = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
        String payload = "{\"text\":\"<script>alert('x')</script> & \\\"more\\\"\"}";
        RecordEntry entry = new RecordEntry(1, TradeEventType.MESSAGE_SENT, at, "buyer<b>",
                payload, TradeEvent.GENESIS, "ab".repeat(32));

        String html = PrintableRecord.html(new TradeRecordView(1050L, true, null,
                List.of(entry)));

        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("buyer<b>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;"), html);
        assertTrue(html.contains("intact"));
        assertTrue(html.contains("2026-03-01T09:00:00Z"));
        assertEquals("&lt;&gt;&amp;&quot;&#39;", PrintableRecord.escape("<>&\"'"));
    }
}
