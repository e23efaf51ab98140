package org.marketgov.trading;

import java.math.BigDecimal;

/**
 * RISK-6: a data message a party sends on a trade. {@code offerId} names the offer a
 * withdrawal, revocation or acceptance answers; absent means the latest fitting one.
 */
public record MessageForm(String kind, BigDecimal price, String text, Long offerId) {
}
