package org.marketgov.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A request refused because a business rule forbids it now, such as leaving with
 * trades still open (MEM-5). It carries the rule ID so that callers can cite it,
 * and optional details (for example the blocking trades).
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    private final String rule;
    private final List<String> details;

    public RuleViolation(String rule, String message) {
        this(rule, message, List.of());
    }

    public RuleViolation(String rule, String message, List<String> details) {
        super(message);
        this.rule = rule;
        this.details = List.copyOf(details);
    }

    public String rule() {
        return rule;
    }

    public List<String> details() {
        return details;
    }
}
