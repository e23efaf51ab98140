package org.marketgov.cases;

import org.marketgov.persistence.cases.ConsultationStatus;
import org.marketgov.platform.RuleViolation;

/** CMP-7: a consultation is completed only after an answer was sent, and only once. */
public final class ConsultationRules {

    private ConsultationRules() {
    }

    /** CMP-7: refuses completion of an unanswered or already completed consultation. */
    public static void requireMayComplete(ConsultationStatus status) {
        if (status == ConsultationStatus.OPEN) {
            throw new RuleViolation("CMP-7", "a consultation is completed only after an answer");
        }
        if (status == ConsultationStatus.COMPLETED) {
            throw new RuleViolation("CMP-7", "the consultation is already completed");
        }
    }

    /** CMP-7: a completed consultation takes no further answer. */
    public static void requireMayAnswer(ConsultationStatus status) {
        if (status == ConsultationStatus.COMPLETED) {
            throw new RuleViolation("CMP-7", "the consultation is already completed");
        }
    }
}
