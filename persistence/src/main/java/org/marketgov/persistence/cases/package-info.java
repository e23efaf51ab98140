/**
 * What the complaints, accusations and consulting system keeps (CMP-1..8): numbered
 * complaint files with their timeline, accusations whose anonymous informant is
 * sealed, the penalties upheld accusations led to, and consultations with answers.
 */
package org.marketgov.persistence.cases;
