/**
 * Data security (DS-1..5) and authentication: password hashing and lockout, the
 * identity store behind the container roles {@code MEMBER}, {@code STAFF} and
 * {@code AUDITOR}, the bootstrap accounts, the hash-chained audit trail, and the
 * audited site administration (settings and the test clock).
 */
package org.marketgov.security;
