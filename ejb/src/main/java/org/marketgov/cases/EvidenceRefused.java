package org.marketgov.cases;

import org.marketgov.platform.RuleViolation;

/**
 * CMP-1, CMP-4: an evidence file the site does not keep, either larger than the
 * setting allows or of a kind other than PNG, JPEG or PDF. It says which, so the
 * edges can answer "too large" or "unsupported type" and still cite the rule.
 */
public class EvidenceRefused extends RuleViolation {

    /** Why the file was refused. */
    public enum Why {
        TOO_LARGE,
        UNSUPPORTED_TYPE
    }

    private final Why why;

    public EvidenceRefused(String rule, Why why, String message) {
        super(rule, message);
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
