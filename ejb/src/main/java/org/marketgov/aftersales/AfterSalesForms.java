package org.marketgov.aftersales;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.marketgov.persistence.aftersales.Cause;
import org.marketgov.persistence.aftersales.Remedy;
import org.marketgov.platform.InvalidInput;
import org.marketgov.platform.InvalidInput.FieldError;

/**
 * What members and STAFF submit to the after-sales system, checked field by field
 * before any rule or database is consulted; every problem is reported at once.
 */
public final class AfterSalesForms {

    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_SERIAL = 64;
    private static final Pattern SERIAL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./-]{0,63}");

    private AfterSalesForms() {
    }

    /** The buyer's request: a cause, whether they hold an invoice, what is wrong. */
    public record CaseForm(String cause, Boolean hasInvoice, String description) {
    }

    /** STAFF records a repair by the site's service and whether it fixed the fault. */
    public record RepairForm(Boolean fixed) {
    }

    /** The buyer chooses one of the open remedies. */
    public record RemedyChoice(String remedy) {
    }

    /** STAFF's inspection findings: the cause found and what was seen. */
    public record InspectionForm(String cause, String findings) {
    }

    /** AS-5: the serial number of the goods handed out as a replacement. */
    public record ReplacementForm(String serialNumber) {
    }

    static void check(CaseForm f) {
        if (f == null) {
            throw InvalidInput.of("body", "a JSON body is required");
        }
        List<FieldError> errors = new ArrayList<>();
        cause(errors, f.cause());
        if (f.hasInvoice() == null) {
            errors.add(new FieldError("hasInvoice", "true or false is required"));
        }
        text(errors, "description", f.description());
        requireNone(errors);
    }

    static void check(RepairForm f) {
        if (f == null || f.fixed() == null) {
            throw InvalidInput.of("fixed", "true or false is required");
        }
    }

    static Remedy remedy(RemedyChoice c) {
        String name = c == null || c.remedy() == null ? "" : c.remedy().strip();
        return Arrays.stream(Remedy.values()).filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> InvalidInput.of("remedy", "one of "
                        + Arrays.toString(Remedy.values())));
    }

    static void check(InspectionForm f) {
        if (f == null) {
            throw InvalidInput.of("body", "a JSON body is required");
        }
        List<FieldError> errors = new ArrayList<>();
        cause(errors, f.cause());
        text(errors, "findings", f.findings());
        requireNone(errors);
    }

    static String serial(ReplacementForm f) {
        String s = f == null || f.serialNumber() == null ? "" : f.serialNumber().strip();
        if (!SERIAL.matcher(s).matches()) {
            throw InvalidInput.of("serialNumber", "1 to " + MAX_SERIAL
                    + " letters, digits, '.', '/' or '-'");
        }
        return s;
    }

    static Cause cause(String name) {
        return Cause.valueOf(name.strip());
    }

    private static void cause(List<FieldError> errors, String value) {
        String v = value == null ? "" : value.strip();
        if (Arrays.stream(Cause.values()).noneMatch(c -> c.name().equals(v))) {
            errors.add(new FieldError("cause", "one of " + Arrays.toString(Cause.values())));
        }
    }

    private static void text(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "a text is required"));
        } else if (value.strip().length() > MAX_DESCRIPTION) {
            errors.add(new FieldError(field, "at most " + MAX_DESCRIPTION + " characters"));
        }
    }

    private static void requireNone(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
