package org.marketgov.cases;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.marketgov.persistence.cases.CaseChannel;
import org.marketgov.persistence.cases.Complaint;
import org.marketgov.persistence.cases.ComplaintStatus;
import org.marketgov.persistence.cases.ComplaintType;
import org.marketgov.persistence.cases.PartyAnswer;
import org.marketgov.platform.RuleViolation;

class ComplaintTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-03-02T10:00+08:00");

    private static Complaint filed(ComplaintType type) {
        return new Complaint(new Complaint.Filing("C-2026-000001", 7, type, "Paid, not shipped",
                CaseChannel.API, null, 11, 12), AT, AT.plusDays(2));
    }

    private static Complaint proposed() {
        Complaint c = filed(ComplaintType.PAID_NOT_SHIPPED);
        c.accept(AT);
        c.assign("staff");
        c.propose("Seller ships within 3 days", AT);
        return c;
    }

    @Test
    @DisplayName("CMP-1 the counterparty of the complainant is the respondent")
    void respondent() {
        assertEquals(12, ComplaintRules.respondent(11, 12, 11));
        assertEquals(11, ComplaintRules.respondent(11, 12, 12));
        assertEquals("CMP-1", assertThrows(RuleViolation.class,
                () -> ComplaintRules.respondent(11, 12, 13)).rule());
    }

    @Test
    @DisplayName("CMP-3 case numbers carry the site year and six digits")
    void caseNumber() {
        OffsetDateTime newYearsEveUtc = OffsetDateTime.parse("2026-12-31T17:00Z");
        assertEquals("C-2027-000123", ComplaintRules.caseNumber(newYearsEveUtc,
                ZoneId.of("Asia/Shanghai"), 123));
        assertEquals("C-2026-1234567", ComplaintRules.caseNumber(AT, ZoneOffset.UTC, 1234567));
    }

    @Test
    @DisplayName("CMP-3 both acceptances settle the case")
    void bothAcceptSettles() {
        Complaint c = proposed();
        c.answer(true, PartyAnswer.ACCEPTED, AT);
        assertEquals(ComplaintStatus.PROPOSED, c.status());
        c.answer(false, PartyAnswer.ACCEPTED, AT);
        assertEquals(ComplaintStatus.SETTLED, c.status());
    }

    @Test
    @DisplayName("CMP-3 a refusal returns the case to mediation, where it may fail")
    void refusalBackToMediation() {
        Complaint c = proposed();
        c.answer(false, PartyAnswer.REFUSED, AT);
        assertEquals(ComplaintStatus.IN_MEDIATION, c.status());
        c.fail("no agreement", AT);
        assertEquals(ComplaintStatus.MEDIATION_FAILED, c.status());
        assertThrows(IllegalStateException.class, () -> c.withdraw("late", AT));
    }

    @Test
    @DisplayName("CMP-2 a submitted case cannot skip admission to mediation")
    void noSkipping() {
        Complaint c = filed(ComplaintType.OTHER);
        assertThrows(IllegalStateException.class, () -> c.assign("staff"));
        assertThrows(IllegalStateException.class, () -> c.propose("x", AT));
        c.reject("CMP-1", "not about a trade harm", AT);
        assertEquals(ComplaintStatus.REJECTED, c.status());
        assertThrows(IllegalStateException.class, () -> c.accept(AT));
    }

    @Test
    @DisplayName("CR-11 only a malicious-evaluation case ends by removing the evaluation")
    void removalOnlyForMaliciousEvaluation() {
        Complaint other = proposed();
        assertThrows(IllegalStateException.class, () -> other.settleByRemoval(5, "x", AT));
        Complaint c = filed(ComplaintType.MALICIOUS_EVALUATION);
        c.accept(AT);
        c.assign("staff");
        c.settleByRemoval(5, "removed", AT);
        assertEquals(ComplaintStatus.SETTLED, c.status());
        assertEquals(5L, c.removedEvaluation());
    }

    @Test
    @DisplayName("CMP-8 a case past its due time is overdue, one without a due time never")
    void overdue() {
        Clock now = Clock.fixed(AT.plusHours(50).toInstant(), ZoneOffset.UTC);
        assertEquals(new CaseAge(50, true), CaseAge.of(AT, AT.plusHours(48), now));
        assertEquals(new CaseAge(50, false), CaseAge.of(AT, null, now));
    }

    @Test
    @DisplayName("CMP-3 only the assigned mediator proposes or ends a case")
    void onlyTheMediator() {
        assertDoesNotThrow(() -> ComplaintRules.requireMediator("mei", "mei"));
        RuleViolation other = assertThrows(RuleViolation.class,
                () -> ComplaintRules.requireMediator("mei", "staff"));
        assertEquals("CMP-3", other.rule());
        assertThrows(RuleViolation.class, () -> ComplaintRules.requireMediator(null, "staff"));
    }

    @Test
    @DisplayName("CMP-8 a wait ended with its working time counts that, not its calendar"
            + " length")
    void waitEndsWithWorkingTime() {
        Complaint c = proposed();

        c.endWait(Duration.ofHours(24));
        c.answer(true, PartyAnswer.REFUSED, AT.plusDays(3));

        assertEquals(Duration.ofHours(24), c.pausedFor());
        assertNull(c.waitingSince());
    }
}
