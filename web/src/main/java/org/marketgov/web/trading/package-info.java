/**
 * Console pages of the trading system (RISK-1..6): buying a listing, the member's own
 * trades with their actions, one trade with its timeline, contract and data messages,
 * the STAFF trade search and trade detail, and the public trading rules with their live
 * settings. The beans talk to the business boundaries only, and their labels come from
 * the trading bundle ({@code tmsg}).
 */
package org.marketgov.web.trading;
