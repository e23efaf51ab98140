package org.marketgov.cases;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.marketgov.persistence.cases.UnsealStatus;
import org.marketgov.platform.RuleViolation;

class UnsealGrantsTest {

    private static final OffsetDateTime APPROVED = OffsetDateTime.parse(
            "2026-03-02T10:00+08:00");
    private static final OffsetDateTime UNTIL = UnsealGrants.grantedUntil(APPROVED, 30);

    private static Clock at(OffsetDateTime t) {
        return Clock.fixed(t.toInstant(), ZoneOffset.UTC);
    }

    @Test
    @DisplayName("DS-4 a grant lasts the set minutes after the approval")
    void grantLength() {
        assertEquals(OffsetDateTime.parse("2026-03-02T10:30+08:00"), UNTIL);
    }

    @Test
    @DisplayName("DS-4 nobody decides their own unseal request, whatever the letter case")
    void ownRequest() {
        RuleViolation v = assertThrows(RuleViolation.class,
                () -> UnsealGrants.requireMayDecide(UnsealStatus.PENDING, "auditor", "Auditor"));
        assertEquals("DS-4", v.rule());
        assertDoesNotThrow(
                () -> UnsealGrants.requireMayDecide(UnsealStatus.PENDING, "staff", "auditor"));
    }

    @Test
    @DisplayName("DS-4 an unseal request is decided once")
    void decidedOnce() {
        for (UnsealStatus done : new UnsealStatus[] {UnsealStatus.APPROVED,
            UnsealStatus.REFUSED}) {
            RuleViolation v = assertThrows(RuleViolation.class,
                    () -> UnsealGrants.requireMayDecide(done, "staff", "auditor"));
            assertEquals("DS-4", v.rule());
        }
    }

    @Test
    @DisplayName("DS-4 CMP-4 the grant reads until its last moment and is sealed again after")
    void expiry() {
        assertDoesNotThrow(() -> UnsealGrants.requireMayRead(UnsealStatus.APPROVED, UNTIL,
                at(UNTIL)));
        assertTrue(UnsealGrants.isActive(UnsealStatus.APPROVED, UNTIL, at(APPROVED)));

        Clock after = at(UNTIL.plusSeconds(1));
        assertFalse(UnsealGrants.isActive(UnsealStatus.APPROVED, UNTIL, after));
        RuleViolation v = assertThrows(RuleViolation.class,
                () -> UnsealGrants.requireMayRead(UnsealStatus.APPROVED, UNTIL, after));
        assertEquals("DS-4", v.rule());
    }

    @Test
    @DisplayName("DS-4 CMP-4 a pending or refused request grants no read")
    void noGrantWithoutApproval() {
        for (UnsealStatus s : new UnsealStatus[] {UnsealStatus.PENDING,
            UnsealStatus.REFUSED}) {
            assertFalse(UnsealGrants.isActive(s, UNTIL, at(APPROVED)));
            RuleViolation v = assertThrows(RuleViolation.class,
                    () -> UnsealGrants.requireMayRead(s, null, at(APPROVED)));
            assertEquals("DS-4", v.rule());
        }
    }
}
