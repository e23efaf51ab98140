/**
 * The after-sales pages (AS-1..9): the buyer's own cases with the decision shown before
 * a remedy is chosen, STAFF's queue and case page, and the public rules page with the
 * live settings (PUB-1).
 */
package org.marketgov.web.aftersales;
