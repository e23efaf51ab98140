/**
 * The listing and trade endpoints of API.md (RISK-1..6): publishing and reading
 * listings, opening and listing trades, moving them through their lifecycle, reading a
 * trade's hash-chained record (as JSON or printable HTML), signing and verifying its
 * contract, and exchanging data messages on it.
 */
package org.marketgov.api.trading;
