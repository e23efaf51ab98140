package org.marketgov.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.marketgov.persistence.security.AuditEntry;
import org.marketgov.persistence.security.AuditOutcome;

class AuditEntryTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 5, 4, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    @DisplayName("DS-3 each audit entry hashes its fields and its predecessor's hash")
    void chained() {
        AuditEntry first = new AuditEntry(1, AT, "staff", "MEMBER_FROZEN", "member 7",
                AuditOutcome.SUCCESS, "10.0.0.1", "fraud", "0".repeat(64));
        AuditEntry second = new AuditEntry(2, AT, "staff", "MEMBER_UNFROZEN", "member 7",
                AuditOutcome.SUCCESS, "10.0.0.1", null, first.hash());

        assertEquals(first.hash(), first.computeHash());
        assertEquals(first.hash(), second.prevHash());
        assertNotEquals(first.hash(), second.hash());
    }

    @Test
    @DisplayName("DS-3 editing any field of a stored entry no longer matches its hash")
    void tamperDetected() throws ReflectiveOperationException {
        AuditEntry entry = new AuditEntry(1, AT, "staff", "MEMBER_FROZEN", "member 7",
                AuditOutcome.SUCCESS, "10.0.0.1", "fraud", "0".repeat(64));
        Field detail = AuditEntry.class.getDeclaredField("detail");
        detail.setAccessible(true);

        detail.set(entry, "nothing happened");

        assertNotEquals(entry.hash(), entry.computeHash());
    }
}
