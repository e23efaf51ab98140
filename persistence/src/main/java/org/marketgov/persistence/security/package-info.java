/**
 * Security entities and value objects: password credentials with their lockout
 * state, staff accounts, the hash-chained audit trail and field encryption of
 * personal data (DS-1..3).
 */
package org.marketgov.persistence.security;
