package org.marketgov.aftersales;

import java.time.OffsetDateTime;
import java.util.List;
import org.marketgov.persistence.aftersales.Cause;

/**
 * What the warranty policy decides from: when the goods were delivered (the trade's
 * receipt), the cause of the fault, whether the customer has a valid invoice, whether
 * other proof of purchase exists (for goods sold here, the site's own trade record),
 * and the goods' service history.
 */
public record WarrantyFacts(OffsetDateTime deliveredAt, Cause cause, boolean hasInvoice,
        boolean otherProofOfPurchase, List<ServiceRepair> repairs,
        List<ServiceReplacement> replacements) {

    public WarrantyFacts {
        repairs = List.copyOf(repairs);
        replacements = List.copyOf(replacements);
    }

    /** A repair by the site's service: when, whether it fixed the fault, whether paid. */
    public record ServiceRepair(OffsetDateTime at, boolean fixed, boolean paid) {
    }

    /** AS-5: a replacement handed out, with its serial number. */
    public record ServiceReplacement(OffsetDateTime at, String serialNumber) {
    }

    /** The same facts with the cause inspection found. */
    public WarrantyFacts withCause(Cause found) {
        return new WarrantyFacts(deliveredAt, found, hasInvoice, otherProofOfPurchase,
                repairs, replacements);
    }
}
