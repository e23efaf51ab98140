/**
 * Online trading risk management (RISK-1..4): listings by members with selling rights,
 * trades along their lifecycle, the payment methods a trade may use, and each trade's
 * hash-chained record of events. {@link org.marketgov.trading.TradingDesk} is the
 * boundary; {@link org.marketgov.trading.TradeLifecycle},
 * {@link org.marketgov.trading.TradeRules}, {@link org.marketgov.trading.TradingForms}
 * and {@link org.marketgov.trading.TradeRecord} hold the rules as plain Java. The
 * package also reports open trades that block a member's exit (MEM-5) and completes
 * shipped trades the buyer left unconfirmed (RISK-3).
 */
package org.marketgov.trading;
