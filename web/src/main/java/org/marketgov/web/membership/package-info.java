/**
 * Console pages of the membership system (MEM): registration, the member's own
 * profile, verification, agreement and exit pages, the STAFF verification queue,
 * member search with freeze and termination, agreement publishing and the public
 * membership rules.
 */
package org.marketgov.web.membership;
