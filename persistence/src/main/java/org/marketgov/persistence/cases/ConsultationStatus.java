package org.marketgov.persistence.cases;

/** CMP-7: a consultation is {@code OPEN}, then {@code ANSWERED}, then {@code COMPLETED}. */
public enum ConsultationStatus {
    OPEN,
    ANSWERED,
    COMPLETED
}
