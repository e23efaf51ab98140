/**
 * The after-sales endpoints of API.md (AS-1..9): the buyer opens a case on a completed
 * trade and chooses a remedy; the buyer and STAFF read a case with its current
 * remedies; STAFF records receipt, inspection, repairs, replacements and refunds.
 */
package org.marketgov.api.aftersales;
