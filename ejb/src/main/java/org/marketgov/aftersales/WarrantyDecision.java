package org.marketgov.aftersales;

import java.time.LocalDate;
import java.util.List;
import org.marketgov.persistence.aftersales.Remedy;

/**
 * AS-9: what the policy decided. {@code remedies} are open to the customer,
 * {@code free} says whether the site bears the cost, {@code rule} is the rule that
 * applies, {@code openUntil} the last day (inclusive, in the site zone) the remedies
 * stay open (null for paid service, which has no end), {@code day} the day of the
 * guarantee period it was decided on (day 1 is the delivery or replacement date), and
 * {@code reasons} say why in words.
 */
public record WarrantyDecision(List<Remedy> remedies, boolean free, String rule,
        LocalDate openUntil, int day, List<String> reasons) {

    public WarrantyDecision {
        remedies = List.copyOf(remedies);
        reasons = List.copyOf(reasons);
    }
}
