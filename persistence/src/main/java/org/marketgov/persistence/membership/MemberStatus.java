package org.marketgov.persistence.membership;

/**
 * Where a membership stands. {@code FROZEN} blocks login and trading but keeps all
 * data (MEM-7); {@code LEFT} is a voluntary exit (MEM-5); {@code TERMINATED} is an
 * exit imposed by the site (MEM-6).
 */
public enum MemberStatus {
    ACTIVE,
    FROZEN,
    LEFT,
    TERMINATED;

    public boolean isGone() {
        return this == LEFT || this == TERMINATED;
    }
}
