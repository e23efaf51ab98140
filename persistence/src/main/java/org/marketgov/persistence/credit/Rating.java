package org.marketgov.persistence.credit;

/** CR-1: what one side of a trade thinks of the other. */
public enum Rating {
    PRAISE,
    NEUTRAL,
    POOR
}
