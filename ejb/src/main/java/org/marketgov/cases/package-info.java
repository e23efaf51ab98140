/**
 * The complaints, accusations, mediation and consulting system (CMP-1..8). Members
 * complain about a trade and are mediated ({@link org.marketgov.cases.ComplaintDesk}),
 * anyone reports content or conduct ({@link org.marketgov.cases.AccusationDesk}),
 * anyone asks a question ({@link org.marketgov.cases.ConsultingDesk}), and STAFF and
 * AUDITOR watch the queues ({@link org.marketgov.cases.CaseQueues}). Deadlines,
 * the appeal window and the penalty ladder are plain Java rules that take values and
 * a clock. Other systems are reached only through their boundary beans.
 */
package org.marketgov.cases;
