/**
 * What the after-sales system keeps (AS-1..9): each after-sales case on a completed
 * trade with its cause, invoice, chosen remedy and the decision last recorded for it,
 * the case timeline, the repairs by the site's service and the replacements with
 * their serial numbers.
 */
package org.marketgov.persistence.aftersales;
