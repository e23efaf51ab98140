/**
 * The complaints, accusations and consulting endpoints of API.md (CMP-1..8): filing
 * and mediating complaints, reporting and deciding accusations with the informant
 * sealed, consultations, and the STAFF queues with the AUDITOR counts.
 */
package org.marketgov.api.cases;
