package org.marketgov.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.marketgov.persistence.cases.CaseChannel;
import org.marketgov.persistence.cases.Consultation;
import org.marketgov.persistence.cases.ConsultationStatus;
import org.marketgov.platform.NotificationSender.Recipient;
import org.marketgov.platform.RuleViolation;

class ConsultationTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-03-02T10:00+08:00");

    private static Consultation asked() {
        return new Consultation(new Consultation.Question("How do I pay by escrow?",
                "13912345678", CaseChannel.WEB, null, null), AT, AT.plusHours(24));
    }

    @Test
    @DisplayName("CMP-7 an unanswered consultation cannot be completed")
    void notBeforeAnswer() {
        Consultation c = asked();
        RuleViolation v = assertThrows(RuleViolation.class,
                () -> ConsultationRules.requireMayComplete(c.status()));
        assertEquals("CMP-7", v.rule());
        assertThrows(IllegalStateException.class, () -> c.complete(AT));
    }

    @Test
    @DisplayName("CMP-7 once an answer was sent the consultation completes")
    void afterAnswer() {
        Consultation c = asked();
        c.answer("Choose ESCROW when you open the trade.", "staff", AT.plusHours(1));
        ConsultationRules.requireMayComplete(c.status());
        c.complete(AT.plusHours(2));
        assertEquals(ConsultationStatus.COMPLETED, c.status());
    }

    @Test
    @DisplayName("CMP-7 a completed consultation takes no second completion or answer")
    void completedIsFinal() {
        Consultation c = asked();
        c.answer("Yes.", "staff", AT);
        c.complete(AT);
        assertThrows(RuleViolation.class, () -> ConsultationRules.requireMayComplete(c.status()));
        assertThrows(RuleViolation.class, () -> ConsultationRules.requireMayAnswer(c.status()));
    }

    @Test
    @DisplayName("CMP-7 an answer goes to the asking member's inbox, or to a visitor's contact")
    void answerGoesToTheAsker() {
        assertEquals(Recipient.member(12), ConsultationRules.answerGoesTo(12L, "13912345678"));
        assertEquals(Recipient.contact("13912345678"),
                ConsultationRules.answerGoesTo(null, "13912345678"));
    }
}
