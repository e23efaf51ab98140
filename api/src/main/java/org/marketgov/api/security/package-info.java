/** Audit trail endpoints for AUDITOR (DS-3). */
package org.marketgov.api.security;
