/**
 * The evaluation and credit endpoints of API.md (CR-1..11): evaluating a completed
 * trade, reading its visible evaluations, revising, deleting and explaining them,
 * reading a member's credit, and the STAFF endpoints for removal and review flags.
 */
package org.marketgov.api.credit;
