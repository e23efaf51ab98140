/**
 * The PrimeFaces console: member pages under {@code /member/}, STAFF and AUDITOR
 * pages under {@code /console/<system>/}, public rules under {@code /rules/}. Beans
 * call the EJB boundaries only.
 */
package org.marketgov.web;
