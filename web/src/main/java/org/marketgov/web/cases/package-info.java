/**
 * The console pages of the complaints, accusations and consulting system (CMP-1..8):
 * the STAFF queues with overdue highlighting, the mediator's complaint page, the
 * accusation review page, and the public rules page with the live settings.
 */
package org.marketgov.web.cases;
