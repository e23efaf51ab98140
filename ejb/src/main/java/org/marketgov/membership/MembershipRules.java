package org.marketgov.membership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.marketgov.persistence.membership.MemberKind;
import org.marketgov.persistence.membership.MemberStatus;
import org.marketgov.persistence.membership.VerificationStatus;
import org.marketgov.platform.InvalidInput.FieldError;
import org.marketgov.security.AccountNames;
import org.marketgov.security.PasswordPolicy;

/** The membership rules as plain Java, free of the container. */
public final class MembershipRules {

    private static final Pattern PHONE = Pattern.compile("1[0-9]{10}");
    private static final Pattern EMAIL =
            Pattern.compile("[^@\\s]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    private static final Pattern PERSON_ID = Pattern.compile("[0-9]{17}[0-9Xx]");
    private static final Pattern LICENSE = Pattern.compile("[0-9A-Z]{15,18}");
    /** "Full civil capacity" as a Chinese agreement text would say it. */
    private static final String FULL_CAPACITY_ZH =
            "\u5b8c\u5168\u6c11\u4e8b\u884c\u4e3a\u80fd\u529b";

    private MembershipRules() {
    }

    /** MEM-1: the strict reading, where only {@code adult: true} declares capacity. */
    public static List<FieldError> checkRegistration(RegistrationForm f) {
        return checkRegistration(f, false);
    }

    /**
     * MEM-1: a registration needs a well-formed username, email and mainland mobile
     * number, a strong password, the member kind, acceptance of the agreement, a
     * declaration of full civil capacity for a person and company data for a business.
     * A person declares capacity with {@code adult: true}; {@code adult: false} is
     * refused. The partner API's registration body has no such field, so an absent
     * {@code adult} counts as declared only when the person accepts an agreement whose
     * text states that members registering as persons have full civil capacity
     * ({@code acceptanceDeclaresCapacity}); otherwise it is refused as missing.
     */
    public static List<FieldError> checkRegistration(RegistrationForm f,
            boolean acceptanceDeclaresCapacity) {
        List<FieldError> errors = new ArrayList<>();
        AccountNames.problem(f.username())
                .ifPresent(m -> errors.add(new FieldError("username", m)));
        PasswordPolicy.problem(f.password(), f.username())
                .ifPresent(m -> errors.add(new FieldError("password", m)));
        if (f.email() == null || f.email().length() > 254 || !EMAIL.matcher(f.email()).matches()) {
            errors.add(new FieldError("email", "a valid email address is required"));
        }
        if (f.phone() == null || !PHONE.matcher(f.phone()).matches()) {
            errors.add(new FieldError("phone",
                    "a mainland mobile number: 11 digits starting with 1"));
        }
        if (f.displayName() != null && f.displayName().strip().length() > 64) {
            errors.add(new FieldError("displayName", "at most 64 characters"));
        }
        if (!Boolean.TRUE.equals(f.agreementAccepted())) {
            errors.add(new FieldError("agreementAccepted",
                    "the current service agreement must be accepted"));
        }
        if (f.kind() == null) {
            errors.add(new FieldError("kind", "PERSON or BUSINESS is required"));
        } else if (f.kind() == MemberKind.PERSON) {
            capacityProblem(f, acceptanceDeclaresCapacity)
                    .ifPresent(m -> errors.add(new FieldError("adult", m)));
        } else if (f.kind() == MemberKind.BUSINESS) {
            errors.addAll(checkCompany(f.company()));
        }
        return errors;
    }

    private static java.util.Optional<String> capacityProblem(RegistrationForm f,
            boolean acceptanceDeclaresCapacity) {
        if (Boolean.FALSE.equals(f.adult())) {
            return java.util.Optional.of("members must have full civil capacity");
        }
        boolean declaredByAcceptance = acceptanceDeclaresCapacity
                && Boolean.TRUE.equals(f.agreementAccepted());
        if (f.adult() == null && !declaredByAcceptance) {
            return java.util.Optional.of("a person declares full civil capacity (adult: true)");
        }
        return java.util.Optional.empty();
    }

    /**
     * MEM-1: whether accepting this agreement text is itself a declaration of full civil
     * capacity, because the text says that persons registering have it.
     */
    public static boolean declaresCapacity(String agreementText) {
        String text = agreementText == null ? "" : agreementText.toLowerCase(Locale.ROOT);
        return text.contains("full civil capacity") || text.contains(FULL_CAPACITY_ZH);
    }

    private static List<FieldError> checkCompany(RegistrationForm.CompanyForm c) {
        List<FieldError> errors = new ArrayList<>();
        if (c == null) {
            errors.add(new FieldError("company", "a business gives its company name,"
                    + " license number and registered address"));
            return errors;
        }
        if (isBlank(c.name()) || c.name().length() > 200) {
            errors.add(new FieldError("company.name", "the company name is required"));
        }
        if (!isLicense(c.licenseNumber())) {
            errors.add(new FieldError("company.licenseNumber",
                    "15 to 18 letters and digits, as on the business license"));
        }
        if (isBlank(c.address()) || c.address().length() > 300) {
            errors.add(new FieldError("company.address", "the registered address is required"));
        }
        return errors;
    }

    /** MEM-2: the documents a member of the given kind must give. */
    public static List<FieldError> checkVerification(MemberKind kind, VerificationForm f) {
        List<FieldError> errors = new ArrayList<>();
        if (kind == MemberKind.PERSON) {
            if (f.idNumber() == null || !PERSON_ID.matcher(f.idNumber().strip()).matches()) {
                errors.add(new FieldError("idNumber", "an 18-character resident ID number"));
            }
            return errors;
        }
        if (!isLicense(f.licenseNumber())) {
            errors.add(new FieldError("licenseNumber", "15 to 18 letters and digits"));
        }
        if (isBlank(f.address()) || f.address().length() > 300) {
            errors.add(new FieldError("address", "the physical business address is required"));
        }
        if (isBlank(f.contact()) || f.contact().length() > 100) {
            errors.add(new FieldError("contact", "a contact person or number is required"));
        }
        if (f.specialLicense() != null && f.specialLicense().length() > 100) {
            errors.add(new FieldError("specialLicense", "at most 100 characters"));
        }
        return errors;
    }

    /**
     * MEM-4: the fee status on {@code today}. With no fee nothing is owed; otherwise the
     * fee is due from the end of the paid period (or from registration), and more than
     * {@code graceDays} overdue suspends selling.
     */
    public static FeeStatus feeStatus(BigDecimal feePerYear, LocalDate paidUntil,
            LocalDate registeredOn, LocalDate today, int graceDays) {
        if (feePerYear.signum() == 0) {
            return FeeStatus.NOT_REQUIRED;
        }
        LocalDate dueSince = paidUntil == null ? registeredOn : paidUntil;
        if (today.isBefore(dueSince) || (paidUntil != null && today.isEqual(paidUntil))) {
            return FeeStatus.PAID;
        }
        long overdue = ChronoUnit.DAYS.between(dueSince, today);
        return overdue > graceDays ? FeeStatus.SUSPENDED : FeeStatus.DUE;
    }

    /** MEM-2, MEM-4, MEM-7: only an active, verified member in good fee standing sells. */
    public static boolean maySell(MemberStatus status, VerificationStatus verification,
            FeeStatus fee) {
        return status == MemberStatus.ACTIVE && verification == VerificationStatus.VERIFIED
                && fee != FeeStatus.SUSPENDED;
    }

    public static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public static String normalizeLicense(String license) {
        return license.strip().toUpperCase(Locale.ROOT);
    }

    public static String normalizeIdNumber(String id) {
        return id.strip().toUpperCase(Locale.ROOT);
    }

    private static boolean isLicense(String license) {
        return license != null && LICENSE.matcher(normalizeLicense(license)).matches();
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
