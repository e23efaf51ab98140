/**
 * Online trading risk management (RISK-1..6): listings by members with selling rights,
 * trades along their lifecycle, the payment methods a trade may use, each trade's
 * hash-chained record of events, its signed electronic contract and its data messages.
 * {@link org.marketgov.trading.TradingDesk}, {@link org.marketgov.trading.TradeSearch},
 * {@link org.marketgov.trading.TradeContracts} and
 * {@link org.marketgov.trading.TradeMessages} are the boundary;
 * {@link org.marketgov.trading.TradeLifecycle},
 * {@link org.marketgov.trading.TradeRules}, {@link org.marketgov.trading.TradingForms},
 * {@link org.marketgov.trading.TradeRecord}, {@link org.marketgov.trading.ContractTemplate},
 * {@link org.marketgov.trading.ContractSigning}, {@link org.marketgov.trading.ContractRules}
 * and {@link org.marketgov.trading.DataMessages} hold the rules as plain Java. The
 * package also reports open trades that block a member's exit (MEM-5) and completes
 * shipped trades the buyer left unconfirmed (RISK-3).
 */
package org.marketgov.trading;
