package org.marketgov.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.marketgov.persistence.membership.MemberKind;
import org.marketgov.persistence.membership.MemberStatus;
import org.marketgov.persistence.membership.VerificationStatus;
import org.marketgov.platform.InvalidInput.FieldError;

class MembershipRulesTest {

    private static RegistrationForm person(String username, String password) {
        return new RegistrationForm(username, password, "li.lei@example.com", "13912345678",
                MemberKind.PERSON, "Li Lei", true, true, null);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    @DisplayName("MEM-1 a complete person registration passes")
    void validPerson() {
        assertTrue(MembershipRules.checkRegistration(person("li_lei-88", "Blue-Lantern-77")).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "has space", "abcdefghijklmnopqrstuvwxyz0123456", "名字", "semi;colon"})
    @DisplayName("MEM-1 usernames are 3 to 32 letters, digits, '_' or '-'")
    void badUsernames(String username) {
        assertEquals(List.of("username"),
                fields(MembershipRules.checkRegistration(person(username, "Blue-Lantern-77"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"short-1", "1234567890", "Password123", "qwertyuiop", "aaaaaaaaaaaa",
        "xli_lei-88yz!"})
    @DisplayName("MEM-1 weak passwords are refused: short, common, repetitive or the username")
    void weakPasswords(String password) {
        assertEquals(List.of("password"),
                fields(MembershipRules.checkRegistration(person("li_lei-88", password))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"23912345678", "1391234567", "139123456789", "+8613912345678"})
    @DisplayName("MEM-1 phones are mainland mobiles: 11 digits starting with 1")
    void badPhones(String phone) {
        RegistrationForm f = new RegistrationForm("li_lei", "Blue-Lantern-77", "a@example.com",
                phone, MemberKind.PERSON, null, true, true, null);

        assertEquals(List.of("phone"), fields(MembershipRules.checkRegistration(f)));
    }

    @Test
    @DisplayName("MEM-1 the agreement must be accepted and a person must be an adult")
    void agreementAndCapacity() {
        RegistrationForm f = new RegistrationForm("li_lei", "Blue-Lantern-77", "a@example.com",
                "13912345678", MemberKind.PERSON, null, false, false, null);

        assertEquals(List.of("agreementAccepted", "adult"), fields(MembershipRules.checkRegistration(f)));
    }

    private static RegistrationForm personWithAdult(Boolean adult) {
        return new RegistrationForm("li_lei", "Blue-Lantern-77", "a@example.com",
                "13912345678", MemberKind.PERSON, null, true, adult, null);
    }

    @Test
    @DisplayName("MEM-1 a person who declares not to be an adult is refused, whatever the"
            + " agreement says")
    void adultFalseRefused() {
        assertEquals(List.of("adult"),
                fields(MembershipRules.checkRegistration(personWithAdult(false), true)));
    }

    @Test
    @DisplayName("MEM-1 an absent adult declaration is refused unless the accepted agreement"
            + " states full civil capacity")
    void absentAdultNeedsAgreementStatement() {
        assertEquals(List.of("adult"),
                fields(MembershipRules.checkRegistration(personWithAdult(null), false)));
        assertTrue(MembershipRules.checkRegistration(personWithAdult(null), true).isEmpty());
        assertTrue(MembershipRules.checkRegistration(personWithAdult(true), false).isEmpty());
    }

    @Test
    @DisplayName("MEM-1 accepting version 1 of the agreement declares full civil capacity")
    void agreementTextDeclaresCapacity() {
        assertTrue(MembershipRules.declaresCapacity("You register as a natural person with"
                + " full civil capacity or as a business"));
        assertTrue(MembershipRules.declaresCapacity(
                "\u5177\u6709\u5b8c\u5168\u6c11\u4e8b\u884c\u4e3a\u80fd\u529b"));
        assertFalse(MembershipRules.declaresCapacity("Be nice to each other."));
    }

    @Test
    @DisplayName("MEM-1 a business gives company name, license number and registered address")
    void business() {
        RegistrationForm missing = new RegistrationForm("shop_1", "Blue-Lantern-77", "s@example.com",
                "13912345678", MemberKind.BUSINESS, null, true, null,
                new RegistrationForm.CompanyForm(" ", "12", null));
        RegistrationForm complete = new RegistrationForm("shop_1", "Blue-Lantern-77",
                "s@example.com", "13912345678", MemberKind.BUSINESS, null, true, null,
                new RegistrationForm.CompanyForm("Harbor Ltd", "91310000MA1FL0XX1", "1 Bund Rd"));

        assertEquals(List.of("company.name", "company.licenseNumber", "company.address"),
                fields(MembershipRules.checkRegistration(missing)));
        assertTrue(MembershipRules.checkRegistration(complete).isEmpty());
    }

    @Test
    @DisplayName("MEM-2 a person verifies with an 18-character ID number, a business with license data")
    void verificationDocuments() {
        VerificationForm id = new VerificationForm("11010119900307425X", null, null, null, null);
        VerificationForm badId = new VerificationForm("1234", null, null, null, null);
        VerificationForm license = new VerificationForm(null, "91310000MA1FL0XX1", null, "Dock 3",
                "Ms Wang 021-5555");

        assertTrue(MembershipRules.checkVerification(MemberKind.PERSON, id).isEmpty());
        assertEquals(List.of("idNumber"),
                fields(MembershipRules.checkVerification(MemberKind.PERSON, badId)));
        assertTrue(MembershipRules.checkVerification(MemberKind.BUSINESS, license).isEmpty());
        assertEquals(List.of("licenseNumber", "address", "contact"),
                fields(MembershipRules.checkVerification(MemberKind.BUSINESS, id)));
    }

    @ParameterizedTest(name = "fee {0}, paid until {1}, today {2}: {3}")
    @CsvSource({
        "0.00,   ,           2026-06-01, NOT_REQUIRED",
        "100.00, 2026-12-31, 2026-06-01, PAID",
        "100.00, 2026-06-01, 2026-06-01, PAID",
        "100.00, 2026-06-01, 2026-07-01, DUE",
        "100.00, 2026-06-01, 2026-07-02, SUSPENDED",
        "100.00, ,           2026-01-31, DUE",
        "100.00, ,           2026-02-01, SUSPENDED"})
    @DisplayName("MEM-4 a fee overdue more than 30 days suspends selling")
    void feeStatus(BigDecimal fee, LocalDate paidUntil, LocalDate today, FeeStatus expected) {
        LocalDate registered = LocalDate.of(2026, 1, 1);

        assertEquals(expected, MembershipRules.feeStatus(fee, paidUntil, registered, today, 30));
    }

    @Test
    @DisplayName("MEM-2 MEM-4 MEM-7 only an active, verified member in fee standing may sell")
    void maySell() {
        assertTrue(MembershipRules.maySell(MemberStatus.ACTIVE, VerificationStatus.VERIFIED,
                FeeStatus.DUE));
        assertFalse(MembershipRules.maySell(MemberStatus.ACTIVE, VerificationStatus.PENDING,
                FeeStatus.PAID));
        assertFalse(MembershipRules.maySell(MemberStatus.FROZEN, VerificationStatus.VERIFIED,
                FeeStatus.PAID));
        assertFalse(MembershipRules.maySell(MemberStatus.ACTIVE, VerificationStatus.VERIFIED,
                FeeStatus.SUSPENDED));
    }
}
