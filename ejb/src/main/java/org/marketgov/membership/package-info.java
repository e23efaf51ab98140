/**
 * Membership access and exit (MEM-1..8): registration with agreement acceptance,
 * real-name verification, rights and fee status, voluntary exit, termination with a
 * re-registration ban, freeze and unfreeze, and service agreement versions.
 * {@link org.marketgov.membership.MembershipDesk} is the boundary;
 * {@link org.marketgov.membership.MembershipRules} holds the rules as plain Java.
 */
package org.marketgov.membership;
