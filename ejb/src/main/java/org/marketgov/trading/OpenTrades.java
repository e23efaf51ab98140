package org.marketgov.trading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.marketgov.membership.ExitObstacles;

/**
 * MEM-5: a member with trades still open, as buyer or seller, cannot leave until
 * they are completed or cancelled. Each is reported as {@code "trade 1050 (PAID)"}.
 */
@ApplicationScoped
public class OpenTrades implements ExitObstacles {

    @Inject
    private TradeBook book;

    @Override
    public List<String> blocking(long memberId) {
        return book.openTradesOf(memberId).stream()
                .map(t -> "trade " + t.id() + " (" + t.status() + ")")
                .toList();
    }
}
