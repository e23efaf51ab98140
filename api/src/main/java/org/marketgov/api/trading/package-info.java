/**
 * The listing and trade endpoints of API.md (RISK-2..4): publishing and reading
 * listings, opening trades, moving them through their lifecycle, and reading a
 * trade's hash-chained record.
 */
package org.marketgov.api.trading;
