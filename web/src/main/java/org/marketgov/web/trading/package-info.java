/**
 * Console pages of the trading system (RISK-1..6): buying a listing, the member's own
 * trades with their actions, one trade with its timeline, contract and messages, and
 * the STAFF trade search. The beans talk to the trading boundary only, and their labels
 * come from the trading bundle ({@code tmsg}).
 */
package org.marketgov.web.trading;
