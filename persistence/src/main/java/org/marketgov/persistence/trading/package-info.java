/**
 * Trading entities (RISK-1..4): listings offered by verified sellers, trades with
 * their lifecycle, and the append-only, hash-chained record of events kept for each
 * trade as evidence.
 */
package org.marketgov.persistence.trading;
