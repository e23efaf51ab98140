package org.marketgov.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** Input that fails validation, field by field; nothing was changed. */
@ApplicationException(rollback = true)
public class InvalidInput extends RuntimeException {

    /** One field's problem, in words a member can act on. */
    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;
    private final String rule;

    public InvalidInput(List<FieldError> errors) {
        this(null, errors);
    }

    public InvalidInput(String rule, List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).message());
        this.rule = rule;
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    public String rule() {
        return rule;
    }
}
