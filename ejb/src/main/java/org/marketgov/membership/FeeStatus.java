package org.marketgov.membership;

/**
 * MEM-4: where a member stands with the yearly fee. {@code SUSPENDED} means the fee
 * is overdue beyond the grace period and selling rights are withheld until it is paid.
 */
public enum FeeStatus {
    NOT_REQUIRED,
    PAID,
    DUE,
    SUSPENDED
}
