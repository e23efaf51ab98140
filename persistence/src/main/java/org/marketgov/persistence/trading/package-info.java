/**
 * Trading entities (RISK-1..6): listings offered by verified sellers, trades with
 * their lifecycle, the append-only, hash-chained record of events kept for each trade
 * as evidence, each trade's electronic contract with its signatures and the signing
 * keys the site issues to members, and the data messages exchanged on a trade.
 */
package org.marketgov.persistence.trading;
