package org.marketgov.persistence.cases;

/** CMP-4: the kinds of content or conduct that can be reported. */
public enum AccusationCategory {
    INFRINGING_IMAGES,
    PROHIBITED_GOODS,
    ILLEGAL_CONTENT,
    FRAUD,
    OTHER
}
