package org.marketgov.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.marketgov.persistence.security.StaffRole;
import org.marketgov.platform.InvalidInput.FieldError;
import org.marketgov.platform.RuleViolation;

class StaffAccountRulesTest {

    private static List<String> fields(StaffAccountForm form) {
        return StaffAccountRules.check(form).stream().map(FieldError::field).toList();
    }

    @Test
    @DisplayName("DS-2 a new staff account needs a valid name, a role and a strong password")
    void checkedForm() {
        assertEquals(List.of(), fields(new StaffAccountForm("mediator_2", "STAFF",
                "Quiet-Harbor-2048")));
        assertEquals(List.of(), fields(new StaffAccountForm("auditor2", "auditor",
                "Quiet-Harbor-2048")));
        assertEquals(List.of("username", "role", "password"),
                fields(new StaffAccountForm("a b", "ADMIN", "short")));
        assertEquals(List.of("password"), fields(new StaffAccountForm("harbor", "STAFF",
                "Quiet-Harbor-2048")), "the password may not contain the username");
        assertEquals(List.of("username"), fields(null));
    }

    @Test
    @DisplayName("DS-4 STAFF manages only STAFF accounts and an AUDITOR only AUDITOR accounts")
    void ownRoleOnly() {
        assertDoesNotThrow(() -> StaffAccountRules.requireOwnRole(StaffRole.STAFF,
                StaffRole.STAFF));
        assertDoesNotThrow(() -> StaffAccountRules.requireOwnRole(StaffRole.AUDITOR,
                StaffRole.AUDITOR));
        RuleViolation v = assertThrows(RuleViolation.class,
                () -> StaffAccountRules.requireOwnRole(StaffRole.STAFF, StaffRole.AUDITOR));
        assertEquals("DS-4", v.rule());
        assertThrows(RuleViolation.class,
                () -> StaffAccountRules.requireOwnRole(StaffRole.AUDITOR, StaffRole.STAFF));
    }

    @Test
    @DisplayName("DS-3 nobody disables their own account, whatever the letter case")
    void notSelf() {
        RuleViolation v = assertThrows(RuleViolation.class,
                () -> StaffAccountRules.requireNotSelf("staff", "Staff"));
        assertEquals("DS-3", v.rule());
        assertDoesNotThrow(() -> StaffAccountRules.requireNotSelf("staff", "mediator_2"));
    }

    @Test
    @DisplayName("DS-3 a role is read from its name in any case, and nothing else is a role")
    void roles() {
        assertEquals(StaffRole.AUDITOR, StaffAccountRules.role(" Auditor "));
        assertNull(StaffAccountRules.role("MEMBER"));
        assertNull(StaffAccountRules.role(null));
        assertTrue(new StaffAccountForm("x", "STAFF", "secret-value-1").toString()
                .indexOf("secret") < 0, "the password never shows in a log line");
    }
}
