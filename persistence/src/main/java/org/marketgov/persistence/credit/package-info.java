/**
 * What the credit system keeps (CR-1..11): each completed trade's evaluation window,
 * the evaluations with their change history, the credit profile of every member as
 * seller and as buyer with its per-day counters, the monthly point totals between
 * a rater and a rated member, and the flags STAFF reviews for credit speculation.
 */
package org.marketgov.persistence.credit;
