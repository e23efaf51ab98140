package org.marketgov.trading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.marketgov.persistence.trading.DisputeForum;
import org.marketgov.persistence.trading.MessageKind;
import org.marketgov.persistence.trading.PaymentMethod;
import org.marketgov.persistence.trading.Section;
import org.marketgov.platform.InvalidInput.FieldError;

/**
 * Checks what members submit to the trading system, field by field, before any rule
 * or database is consulted. Every problem is reported at once so a form can be fixed
 * in one go; texts are judged after trimming.
 */
public final class TradingForms {

    public static final int MAX_TITLE = 120;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_STOCK = 1_000_000_000;
    public static final int MAX_QUANTITY = 100_000;
    public static final int MAX_CARRIER = 64;
    public static final int MAX_MESSAGE = 2000;
    private static final Pattern TRACKING = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{3,39}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");
    private static final Pattern LINE_BREAK = Pattern.compile("[\\n\\r\\t]");

    private TradingForms() {
    }

    /**
     * PAT-3: a complete listing has a title, a description, a known section, a price
     * and a sane stock; an incomplete one goes back with what to complete.
     */
    public static List<FieldError> checkListing(ListingForm f) {
        if (f == null) {
            return List.of(new FieldError("body", "a JSON body is required"));
        }
        List<FieldError> errors = new ArrayList<>();
        text(errors, "title", f.title(), MAX_TITLE, false);
        text(errors, "description", f.description(), MAX_DESCRIPTION, true);
        if (f.section() == null || parse(Section.class, f.section()) == null) {
            errors.add(new FieldError("section", "one of " + names(Section.values())));
        }
        if (f.price() == null || f.price().signum() <= 0) {
            errors.add(new FieldError("price", "a price above 0.00 is required"));
        } else if (f.price().stripTrailingZeros().scale() > 2
                || f.price().compareTo(TradeRules.MAX_AMOUNT) > 0) {
            errors.add(new FieldError("price", "at most two decimal places and at most "
                    + TradeRules.MAX_AMOUNT.toPlainString()));
        }
        if (f.stock() != null && (f.stock() < 0 || f.stock() > MAX_STOCK)) {
            errors.add(new FieldError("stock", "from 0 to " + MAX_STOCK + ", or absent for"
                    + " an unlimited stock"));
        }
        return errors;
    }

    /** A trade names a listing, a quantity of at least one and a known payment method. */
    public static List<FieldError> checkTrade(TradeForm f) {
        if (f == null) {
            return List.of(new FieldError("body", "a JSON body is required"));
        }
        List<FieldError> errors = new ArrayList<>();
        if (f.offerId() != null && f.offerId() <= 0) {
            errors.add(new FieldError("offerId", "the identifier of an accepted offer"));
        }
        if (f.offerId() == null && (f.listingId() == null || f.listingId() <= 0)) {
            errors.add(new FieldError("listingId", "the identifier of a published listing"));
        }
        boolean quantityOptional = f.offerId() != null && f.quantity() == null;
        if (!quantityOptional && (f.quantity() == null || f.quantity() < 1
                || f.quantity() > MAX_QUANTITY)) {
            errors.add(new FieldError("quantity", "a whole number from 1 to " + MAX_QUANTITY));
        }
        if (f.paymentMethod() == null || parse(PaymentMethod.class, f.paymentMethod()) == null) {
            errors.add(new FieldError("paymentMethod", "one of " + names(PaymentMethod.values())));
        }
        if (f.disputeForum() != null && parse(DisputeForum.class, f.disputeForum()) == null) {
            errors.add(new FieldError("disputeForum", "one of " + names(DisputeForum.values())
                    + ", or absent for COURT"));
        }
        return errors;
    }

    /**
     * RISK-6: a data message has a known kind, a text, and at most a positive price;
     * an offer identifier, when given, is positive.
     */
    public static List<FieldError> checkMessage(MessageForm f) {
        if (f == null) {
            return List.of(new FieldError("body", "a JSON body is required"));
        }
        List<FieldError> errors = new ArrayList<>();
        if (f.kind() == null || parse(MessageKind.class, f.kind()) == null) {
            errors.add(new FieldError("kind", "one of " + names(MessageKind.values())));
        }
        if (f.price() != null && (f.price().signum() <= 0
                || f.price().stripTrailingZeros().scale() > 2
                || f.price().compareTo(TradeRules.MAX_AMOUNT) > 0)) {
            errors.add(new FieldError("price", "above 0.00, at most two decimal places"));
        }
        text(errors, "text", f.text(), MAX_MESSAGE, true);
        if (f.offerId() != null && f.offerId() <= 0) {
            errors.add(new FieldError("offerId", "the identifier of an offer on this trade"));
        }
        return errors;
    }

    /** RISK-5: the dispute forum a buyer chose; COURT when none was named. */
    public static DisputeForum disputeForum(String name) {
        return name == null ? DisputeForum.COURT : parse(DisputeForum.class, name);
    }

    public static MessageKind messageKind(String name) {
        return parse(MessageKind.class, name);
    }

    /** RISK-4: a shipment names its carrier and a tracking number of letters and digits. */
    public static List<FieldError> checkShipment(ShipmentForm f) {
        if (f == null) {
            return List.of(new FieldError("body", "a JSON body is required"));
        }
        List<FieldError> errors = new ArrayList<>();
        text(errors, "carrier", f.carrier(), MAX_CARRIER, false);
        if (f.trackingNumber() == null || !TRACKING.matcher(f.trackingNumber().strip()).matches()) {
            errors.add(new FieldError("trackingNumber",
                    "4 to 40 letters, digits and '-', starting with a letter or digit"));
        }
        return errors;
    }

    public static Section section(String name) {
        return parse(Section.class, name);
    }

    public static PaymentMethod paymentMethod(String name) {
        return parse(PaymentMethod.class, name);
    }

    private static void text(List<FieldError> errors, String field, String value, int max,
            boolean multiLine) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, field + " is required"));
        } else if (value.strip().length() > max) {
            errors.add(new FieldError(field, field + " may have at most " + max + " characters"));
        } else if (CONTROL.matcher(value).find()
                || (!multiLine && LINE_BREAK.matcher(value.strip()).find())) {
            errors.add(new FieldError(field, field + " contains characters that are not allowed"));
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(name.strip()))
                .findFirst().orElse(null);
    }

    private static String names(Enum<?>[] values) {
        return String.join(", ", Arrays.stream(values).map(Enum::name).toList());
    }
}
