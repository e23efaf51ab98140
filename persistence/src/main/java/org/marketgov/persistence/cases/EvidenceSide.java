package org.marketgov.persistence.cases;

/** CMP-1, CMP-4: on whose behalf an evidence file was added to a case. */
public enum EvidenceSide {
    COMPLAINANT,
    RESPONDENT,
    INFORMANT,
    ACCUSED,
    STAFF
}
