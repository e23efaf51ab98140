package org.marketgov.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.marketgov.persistence.cases.AccusationCategory;
import org.marketgov.persistence.cases.AccusationTarget;
import org.marketgov.persistence.cases.CaseChannel;
import org.marketgov.persistence.cases.ComplaintType;
import org.marketgov.platform.InvalidInput;
import org.marketgov.platform.InvalidInput.FieldError;

/**
 * What callers send to the cases system, and the field-by-field checks made before
 * any rule or database is consulted. Texts are judged after trimming.
 */
public final class CaseForms {

    public static final int MAX_TEXT = 2000;
    public static final int MAX_REASON = 500;
    public static final int MAX_CONTACT = 200;
    private static final Pattern RULE_ID = Pattern.compile("[A-Z]{2,5}-[0-9]{1,3}");

    private CaseForms() {
    }

    /** CMP-1: a complaint; {@code channel} and {@code complainantId} only from STAFF. */
    public record ComplaintForm(Long tradeId, String type, String facts, String channel,
            Long complainantId) {
    }

    /** CMP-4: an accusation; no {@code anonymous} means a real-name report. */
    public record AccusationForm(String targetType, Long targetId, String category,
            String description, Boolean anonymous) {
    }

    /** CMP-7: a question and how to reach the asker; {@code channel} only from STAFF. */
    public record ConsultationForm(String question, String contact, String channel) {
    }

    /** CMP-2: STAFF's admission; a rejection names the rule and the reason. */
    public record AdmissionForm(Boolean accepted, String rule, String reason) {
    }

    /** CMP-5, CMP-6: STAFF's decision; {@code serious} skips to a permanent freeze. */
    public record DecisionForm(String outcome, String reason, Boolean serious) {
    }

    /** A statement, proposal, appeal or answer text. */
    public record TextForm(String text) {
    }

    /** A reason STAFF or AUDITOR gives. */
    public record ReasonForm(String reason) {
    }

    /** CMP-3: a party's answer to the proposal. */
    public record AnswerForm(Boolean accept) {
    }

    /** CMP-3: the mediator to assign; none means the caller. */
    public record MediatorForm(String mediator) {
    }

    /** CR-11 via CMP-3: the malicious evaluation to remove and why. */
    public record RemovalForm(Long evaluationId, String reason) {
    }

    static List<FieldError> check(ComplaintForm f) {
        if (f == null) {
            return body();
        }
        List<FieldError> errors = new ArrayList<>();
        required(errors, "tradeId", f.tradeId());
        known(errors, "type", f.type(), ComplaintType.class);
        text(errors, "facts", f.facts(), MAX_TEXT, true);
        if (f.channel() != null) {
            known(errors, "channel", f.channel(), CaseChannel.class);
        }
        return errors;
    }

    static List<FieldError> check(AccusationForm f) {
        if (f == null) {
            return body();
        }
        List<FieldError> errors = new ArrayList<>();
        known(errors, "targetType", f.targetType(), AccusationTarget.class);
        required(errors, "targetId", f.targetId());
        known(errors, "category", f.category(), AccusationCategory.class);
        text(errors, "description", f.description(), MAX_TEXT, true);
        return errors;
    }

    static List<FieldError> check(ConsultationForm f) {
        if (f == null) {
            return body();
        }
        List<FieldError> errors = new ArrayList<>();
        text(errors, "question", f.question(), MAX_TEXT, true);
        text(errors, "contact", f.contact(), MAX_CONTACT, true);
        if (f.channel() != null) {
            known(errors, "channel", f.channel(), CaseChannel.class);
        }
        return errors;
    }

    static List<FieldError> check(AdmissionForm f) {
        if (f == null) {
            return body();
        }
        List<FieldError> errors = new ArrayList<>();
        required(errors, "accepted", f.accepted());
        if (Boolean.FALSE.equals(f.accepted())) {
            if (f.rule() == null || !RULE_ID.matcher(f.rule().strip()).matches()) {
                errors.add(new FieldError("rule", "CMP-2: a rejection cites a rule ID such as"
                        + " CMP-1"));
            }
            text(errors, "reason", f.reason(), MAX_REASON, true);
        } else {
            text(errors, "reason", f.reason(), MAX_REASON, false);
        }
        return errors;
    }

    static List<FieldError> check(DecisionForm f) {
        if (f == null) {
            return body();
        }
        List<FieldError> errors = new ArrayList<>();
        if (f.outcome() == null || !List.of("UPHELD", "UNFOUNDED").contains(upper(f.outcome()))) {
            errors.add(new FieldError("outcome", "one of UPHELD, UNFOUNDED"));
        }
        text(errors, "reason", f.reason(), MAX_REASON, true);
        return errors;
    }

    static List<FieldError> checkText(String field, String value, int max) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, field, value, max, true);
        return errors;
    }

    static void requireValid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return Enum.valueOf(type, upper(value));
    }

    static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String upper(String value) {
        return value.strip().toUpperCase(Locale.ROOT);
    }

    private static List<FieldError> body() {
        return List.of(new FieldError("body", "a JSON body is required"));
    }

    private static void required(List<FieldError> errors, String field, Object value) {
        if (value == null) {
            errors.add(new FieldError(field, "required"));
        }
    }

    private static <E extends Enum<E>> void known(List<FieldError> errors, String field,
            String value, Class<E> type) {
        boolean known = false;
        if (value != null) {
            for (E e : type.getEnumConstants()) {
                known |= e.name().equals(upper(value));
            }
        }
        if (!known) {
            List<String> names = new ArrayList<>();
            for (E e : type.getEnumConstants()) {
                names.add(e.name());
            }
            errors.add(new FieldError(field, "one of " + String.join(", ", names)));
        }
    }

    private static void text(List<FieldError> errors, String field, String value, int max,
            boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "a text is required"));
            }
        } else if (value.strip().length() > max) {
            errors.add(new FieldError(field, "at most " + max + " characters"));
        }
    }
}
