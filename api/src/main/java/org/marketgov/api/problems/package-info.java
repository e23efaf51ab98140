/**
 * Translates every failure into {@code application/problem+json} (RFC 9457), with the
 * rule ID on business refusals and field errors on invalid input. No response ever
 * carries a stack trace or the server's version.
 */
package org.marketgov.api.problems;
