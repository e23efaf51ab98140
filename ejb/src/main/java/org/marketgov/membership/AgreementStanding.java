package org.marketgov.membership;

/**
 * MEM-8: where a member stands with the service agreement in force. A member with a
 * newer version unanswered may read, answer it, leave and download their data, but
 * change nothing else; one who declined while trades were open may only finish or
 * cancel those trades until the exit completes (MEM-5).
 */
public enum AgreementStanding {
    /** The member accepted the version in force. */
    CURRENT,
    /** A newer version waits for the member's answer. */
    PENDING,
    /** The member declined; the exit waits for their open trades. */
    LEAVING
}
