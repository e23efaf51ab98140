/**
 * Membership entities (MEM-1..8): members with their status and real-name
 * verification, service agreement versions and each member's decisions on them,
 * and the identities barred from registering again.
 */
package org.marketgov.persistence.membership;
