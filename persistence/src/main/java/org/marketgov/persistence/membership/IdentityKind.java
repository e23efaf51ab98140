package org.marketgov.persistence.membership;

/** MEM-6: the kinds of identity a terminated member is barred by. */
public enum IdentityKind {
    EMAIL,
    PHONE,
    ID_NUMBER,
    LICENSE_NUMBER
}
