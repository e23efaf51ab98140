package org.marketgov.cases;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.marketgov.platform.RuleViolation;

/**
 * CMP-1..3 as plain rules: who the respondent of a complaint is, how case files are
 * numbered, and the refusal that cites the rule when a case is not in a state for
 * the step asked.
 */
public final class ComplaintRules {

    private ComplaintRules() {
    }

    /**
     * CMP-1: a complaint names the counterparty: the seller when the buyer complains,
     * the buyer when the seller does. Someone outside the trade cannot complain.
     */
    public static long respondent(long buyerId, long sellerId, long complainantId) {
        if (complainantId == buyerId) {
            return sellerId;
        }
        if (complainantId == sellerId) {
            return buyerId;
        }
        throw new RuleViolation("CMP-1", "only a party of the trade can complain about it");
    }

    /**
     * CMP-3: a case file number such as {@code C-2026-000123}: the year of filing in
     * the site's zone and the next number of the case sequence, six digits at least.
     * Numbers keep counting across years, so a number is never issued twice.
     */
    public static String caseNumber(OffsetDateTime filedAt, ZoneId zone, long sequence) {
        int year = filedAt.atZoneSameInstant(zone).getYear();
        return String.format("C-%d-%06d", year, sequence);
    }

    /**
     * CMP-3: the mediator assigned to a case proposes the settlement and ends a failed
     * mediation; another STAFF member first takes the case over by assigning it.
     */
    public static void requireMediator(String mediator, String caller) {
        if (mediator == null || !mediator.equals(caller)) {
            throw new RuleViolation("CMP-3", "only the mediator assigned to the case may do"
                    + " this; take the case over first");
        }
    }

    /** Refuses a step the case is not ready for, citing {@code rule}. */
    static void require(boolean allowed, String rule, String message) {
        if (!allowed) {
            throw new RuleViolation(rule, message);
        }
    }
}
