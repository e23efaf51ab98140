/**
 * The credit pages (CR-1..11): a member evaluates a completed trade and reads their
 * own credit with its level icons; STAFF removes malicious evaluations and reviews the
 * flags of credit speculation. Labels come from the {@code cmsg} bundle.
 */
package org.marketgov.web.credit;
