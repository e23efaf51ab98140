package org.marketgov.membership;

import java.util.List;

/**
 * MEM-5: what keeps a member from leaving, reported by the systems that own it (the
 * trading system reports open trades). Implementations are CDI beans; each answers
 * human-readable descriptions such as {@code "trade 1050 (PAID)"}.
 */
public interface ExitObstacles {

    List<String> blocking(long memberId);
}
