package org.marketgov.persistence.credit;

/** What happened to an evaluation after it was submitted (CR-8, CR-9, CR-11). */
public enum ChangeKind {
    REVISED,
    DELETED,
    EXPLAINED,
    REMOVED,
    RESCORED
}
