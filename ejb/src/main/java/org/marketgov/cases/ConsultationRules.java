package org.marketgov.cases;

import org.marketgov.persistence.cases.ConsultationStatus;
import org.marketgov.platform.NotificationSender.Recipient;
import org.marketgov.platform.RuleViolation;

/**
 * CMP-7: a consultation is completed only after an answer was sent, and only once. The
 * answer goes to the member who asked (their inbox, and out from there), or to the
 * contact a visitor left.
 */
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

    /** CMP-7: who is told of an answer: the asking member, else the contact left. */
    public static Recipient answerGoesTo(Long askerMemberId, String contact) {
        return askerMemberId != null ? Recipient.member(askerMemberId)
                : Recipient.contact(contact);
    }
}
