/**
 * Credit management (CR-1..11): evaluations of completed trades and the credit
 * profiles they build. {@link org.marketgov.credit.CreditLedger} is the boundary for
 * members and STAFF; {@link org.marketgov.credit.WindowClosing} is the scheduled job
 * that ends evaluation windows with default praise. The rules are plain Java that take
 * values and a clock: {@link org.marketgov.credit.EvaluationRules} (windows, revision,
 * explanation, review signs), {@link org.marketgov.credit.Scoring} (monthly cap and
 * same goods), {@link org.marketgov.credit.CreditLevels} and
 * {@link org.marketgov.credit.CreditCounts} (what a profile shows).
 */
package org.marketgov.credit;
