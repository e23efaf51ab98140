package org.marketgov.trading;

import java.time.format.DateTimeFormatter;
import org.marketgov.trading.TradeViews.RecordEntry;
import org.marketgov.trading.TradeViews.TradeRecordView;

/**
 * RISK-4: a trade's record as a self-contained, print-ready HTML document that a party
 * can keep or hand over as evidence. Every recorded value is escaped, so text a member
 * wrote (a message, a tracking number) can never become markup. The page needs no
 * style sheet or script, which the API's content security policy would refuse anyway.
 *
 * <p>Limitation: the printable form is HTML to be printed by the browser; no PDF is
 * produced.
 */
public final class PrintableRecord {

    private PrintableRecord() {
    }

    public static String html(TradeRecordView record) {
        StringBuilder out = new StringBuilder(4096)
                .append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Trade ").append(record.tradeId()).append(" record</title>")
                .append("</head><body>\n<h1>Transaction record of trade ")
                .append(record.tradeId()).append("</h1>\n<p>Hash chain: <strong>")
                .append(record.intact() ? "intact" : "BROKEN at entry "
                        + record.firstBrokenSequence())
                .append("</strong>. Each entry carries the SHA-256 hash of the entry before it;"
                        + " editing any entry breaks the chain from there on.</p>\n")
                .append("<table border=\"1\" cellpadding=\"4\"><thead><tr><th>#</th>")
                .append("<th>Event</th><th>Time (UTC)</th><th>By</th><th>Details</th>")
                .append("<th>Previous hash</th><th>Hash</th></tr></thead><tbody>\n");
        for (RecordEntry e : record.events()) {
            out.append("<tr><td>").append(e.sequence()).append("</td><td>")
                    .append(escape(e.type().name())).append("</td><td>")
                    .append(escape(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.at())))
                    .append("</td><td>").append(escape(e.actor())).append("</td><td><code>")
                    .append(escape(e.payload())).append("</code></td><td><code>")
                    .append(escape(e.prevHash())).append("</code></td><td><code>")
                    .append(escape(e.hash())).append("</code></td></tr>\n");
        }
        return out.append("</tbody></table>\n</body></html>\n").toString();
    }

    /** Escapes text for HTML element content and attribute values alike. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
