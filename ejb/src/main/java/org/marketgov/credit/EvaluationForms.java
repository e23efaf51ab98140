package org.marketgov.credit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marketgov.persistence.credit.Rating;
import org.marketgov.persistence.credit.RatingDetails;
import org.marketgov.persistence.trading.Party;
import org.marketgov.platform.InvalidInput.FieldError;

/**
 * Checks what members submit to the credit system, field by field, before any rule or
 * database is consulted. Texts are judged after trimming; an empty comment is none.
 */
public final class EvaluationForms {

    public static final int MAX_TEXT = 500;

    private EvaluationForms() {
    }

    /** CR-1: a known rating, a comment of at most 500 characters, marks of 1 to 5. */
    public static List<FieldError> check(EvaluationForm f, Party side) {
        if (f == null) {
            return List.of(new FieldError("body", "a JSON body is required"));
        }
        List<FieldError> errors = new ArrayList<>();
        rating(errors, f.rating());
        text(errors, "comment", f.comment(), false);
        EvaluationForm.Details d = f.details();
        if (d != null) {
            mark(errors, "details.goodsQuality", d.goodsQuality(), side == Party.BUYER);
            mark(errors, "details.serviceAttitude", d.serviceAttitude(), side == Party.BUYER);
            mark(errors, "details.deliverySpeed", d.deliverySpeed(), side == Party.BUYER);
            mark(errors, "details.logistics", d.logistics(), side == Party.BUYER);
            mark(errors, "details.conduct", d.conduct(), side == Party.SELLER);
            mark(errors, "details.paymentSpeed", d.paymentSpeed(), side == Party.SELLER);
        }
        return errors;
    }

    /** CR-8: a revision names a known rating and may change the comment. */
    public static List<FieldError> check(RevisionForm f) {
        if (f == null) {
            return List.of(new FieldError("body", "a JSON body is required"));
        }
        List<FieldError> errors = new ArrayList<>();
        rating(errors, f.rating());
        text(errors, "comment", f.comment(), false);
        return errors;
    }

    /** CR-9, CR-11: an explanation or a removal reason is required text. */
    public static List<FieldError> checkText(String field, String value) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, field, value, true);
        return errors;
    }

    public static Rating rating(String value) {
        return Rating.valueOf(value.strip().toUpperCase(Locale.ROOT));
    }

    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static RatingDetails.Marks marks(EvaluationForm.Details d) {
        if (d == null) {
            return RatingDetails.Marks.NONE;
        }
        return new RatingDetails.Marks(d.goodsQuality(), d.serviceAttitude(),
                d.deliverySpeed(), d.logistics(), d.conduct(), d.paymentSpeed());
    }

    private static void rating(List<FieldError> errors, String value) {
        boolean known = false;
        if (value != null) {
            for (Rating r : Rating.values()) {
                known |= r.name().equals(value.strip().toUpperCase(Locale.ROOT));
            }
        }
        if (!known) {
            errors.add(new FieldError("rating", "one of PRAISE, NEUTRAL, POOR"));
        }
    }

    private static void text(List<FieldError> errors, String field, String value,
            boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "a text is required"));
            }
        } else if (value.strip().length() > MAX_TEXT) {
            errors.add(new FieldError(field, "at most " + MAX_TEXT + " characters"));
        }
    }

    private static void mark(List<FieldError> errors, String field, Integer value,
            boolean forThisSide) {
        if (value == null) {
            return;
        }
        if (!forThisSide) {
            errors.add(new FieldError(field, "not a mark this side of the trade gives"));
        } else if (value < 1 || value > 5) {
            errors.add(new FieldError(field, "a mark from 1 to 5"));
        }
    }
}
