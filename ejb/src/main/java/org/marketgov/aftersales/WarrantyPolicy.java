package org.marketgov.aftersales;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.marketgov.aftersales.WarrantyFacts.ServiceRepair;
import org.marketgov.aftersales.WarrantyFacts.ServiceReplacement;
import org.marketgov.persistence.aftersales.Cause;
import org.marketgov.persistence.aftersales.Remedy;

/**
 * AS-9: the one policy that decides which remedies are open, whether they are free,
 * under which rule and until when. Days are counted in the site zone from the start of
 * the guarantee period, which is the delivery date (day 1), or the date of the latest
 * replacement (AS-5); every boundary is inclusive.
 *
 * <p>In order: a cause other than a quality defect is an exclusion (AS-6), and so is a
 * missing invoice without other proof of purchase; within the warranty period the
 * site's own trade record is that proof for goods sold here. Otherwise days 1-7 open
 * return, replacement and repair (AS-1); two repairs by the site's service that did
 * not fix the fault open replacement or repair until the year ends (AS-4); days 8-30
 * open replacement or repair (AS-2); to the end of the year a free repair (AS-3).
 * After the period, a paid repair still within its own three months is repaired free
 * (AS-7); anything else is paid service (AS-6). AS-7 needs no invoice: the paid repair's
 * own warranty is a warranty period, and the site's record of that repair is the other
 * proof of purchase AS-6 accepts within it.
 *
 * <p>A claim is judged on the day it was made (AS-9): the days of the period are counted
 * to the claim day, while the history counts as recorded so far, so repairs done while
 * the claim is handled still count towards AS-4 and AS-7.
 *
 * <p>Limitation: the reasons are English sentences; the console translates the labels
 * around them but not the reasons themselves.
 */
public final class WarrantyPolicy {

    private final WarrantyTerms terms;

    public WarrantyPolicy(WarrantyTerms terms) {
        this.terms = terms;
    }

    /** The decision now, with today taken from the clock in the site zone. */
    public WarrantyDecision decide(WarrantyFacts facts, Clock clock, ZoneId zone) {
        return decideOn(facts, LocalDate.ofInstant(clock.instant(), zone), zone);
    }

    /**
     * The decision on a claim made on {@code today} of the site zone, with all the
     * history in the facts, including repairs recorded after that day.
     */
    public WarrantyDecision decideOn(WarrantyFacts facts, LocalDate today, ZoneId zone) {
        List<String> reasons = new ArrayList<>();
        LocalDate start = periodStart(facts, zone, reasons);
        int day = (int) Math.max(1, ChronoUnit.DAYS.between(start, today) + 1);
        reasons.add("Day " + day + " of the guarantee period that began on " + start + ".");

        if (!facts.cause().isCovered()) {
            reasons.add(exclusion(facts.cause()));
            return paid(day, reasons);
        }
        if (!facts.hasInvoice() && !facts.otherProofOfPurchase()) {
            reasons.add("AS-6: there is no valid invoice and no other proof of purchase.");
            return paid(day, reasons);
        }
        if (!facts.hasInvoice() && day <= terms.warrantyDays()) {
            reasons.add("AS-6: there is no valid invoice, but within the warranty period the"
                    + " site's trade record proves the purchase.");
        }

        return covered(facts, new Period(start, today, day, zone), reasons);
    }

    /** The guarantee period as seen on {@code today}, which is its day {@code day}. */
    private record Period(LocalDate start, LocalDate today, int day, ZoneId zone) {
    }

    private WarrantyDecision covered(WarrantyFacts facts, Period p, List<String> reasons) {
        LocalDate start = p.start();
        int day = p.day();
        if (day <= terms.returnDays()) {
            reasons.add("AS-1: within " + terms.returnDays() + " days of delivery a quality"
                    + " fault may be returned, replaced or repaired.");
            return free(List.of(Remedy.RETURN, Remedy.REPLACE, Remedy.REPAIR), "AS-1",
                    lastDay(start, terms.returnDays()), day, reasons);
        }
        long failed = failedRepairsIn(facts.repairs(), p);
        if (failed >= terms.failedRepairs() && day <= terms.warrantyDays()) {
            reasons.add("AS-4: " + failed + " repairs by the site's service did not fix the"
                    + " fault; replacement or repair, at the customer's choice.");
            return free(List.of(Remedy.REPLACE, Remedy.REPAIR), "AS-4",
                    lastDay(start, terms.warrantyDays()), day, reasons);
        }
        if (day <= terms.replaceDays()) {
            reasons.add("AS-2: within " + terms.replaceDays() + " days of delivery a quality"
                    + " fault may be replaced or repaired.");
            return free(List.of(Remedy.REPLACE, Remedy.REPAIR), "AS-2",
                    lastDay(start, terms.replaceDays()), day, reasons);
        }
        if (day <= terms.warrantyDays()) {
            reasons.add("AS-3: within the warranty period of " + terms.warrantyDays()
                    + " days a fault under normal use is repaired free.");
            return free(List.of(Remedy.REPAIR), "AS-3",
                    lastDay(start, terms.warrantyDays()), day, reasons);
        }

        return afterWarranty(facts, p, reasons);
    }

    /** AS-7 or AS-6: past the warranty period only a paid repair's own warranty helps. */
    private WarrantyDecision afterWarranty(WarrantyFacts facts, Period p,
            List<String> reasons) {
        LocalDate today = p.today();
        Optional<LocalDate> paidRepair = facts.repairs().stream().filter(ServiceRepair::paid)
                .map(r -> r.at().atZoneSameInstant(p.zone()).toLocalDate())
                .max(Comparator.naturalOrder());
        if (paidRepair.isPresent()) {
            LocalDate until = paidRepair.get().plusMonths(terms.paidRepairMonths()).minusDays(1);
            if (!today.isAfter(until)) {
                reasons.add("AS-7: the paid repair of " + paidRepair.get() + " is guaranteed"
                        + " for " + terms.paidRepairMonths() + " months, until " + until + ".");
                if (!facts.hasInvoice()) {
                    reasons.add("AS-6: there is no valid invoice, but within the paid repair's"
                            + " own warranty the site's record of that repair proves it.");
                }
                return free(List.of(Remedy.REPAIR), "AS-7", until, p.day(), reasons);
            }
        }
        reasons.add("AS-6: the guarantee period ended on "
                + lastDay(p.start(), terms.warrantyDays()) + "; paid service is offered.");
        return paid(p.day(), reasons);
    }

    /** AS-5: the latest replacement restarts the period; otherwise the delivery date. */
    private static LocalDate periodStart(WarrantyFacts facts, ZoneId zone,
            List<String> reasons) {
        Optional<ServiceReplacement> latest = facts.replacements().stream()
                .max(Comparator.comparing(ServiceReplacement::at));
        if (latest.isEmpty()) {
            return facts.deliveredAt().atZoneSameInstant(zone).toLocalDate();
        }
        LocalDate replaced = latest.get().at().atZoneSameInstant(zone).toLocalDate();
        reasons.add("AS-5: the replacement with serial number " + latest.get().serialNumber()
                + " of " + replaced + " started a new guarantee period.");
        return replaced;
    }

    /**
     * AS-4: free repairs in the current period that did not fix the fault, including
     * those done after the claim day while the claim was handled.
     */
    private static long failedRepairsIn(List<ServiceRepair> repairs, Period p) {
        return repairs.stream()
                .filter(r -> !r.fixed() && !r.paid())
                .map(r -> r.at().atZoneSameInstant(p.zone()).toLocalDate())
                .filter(d -> !d.isBefore(p.start()))
                .count();
    }

    /** AS-6: why a cause is not covered, in words. */
    static String exclusion(Cause cause) {
        return switch (cause) {
            case MISUSE -> "AS-6: damage from use or care against the manual is not covered.";
            case UNAUTHORIZED_REPAIR ->
                "AS-6: goods repaired by others than the site's service are not covered.";
            case NOT_SOLD_HERE -> "AS-6: goods not sold by this site are not covered.";
            case FORCE_MAJEURE -> "AS-6: damage by force majeure is not covered.";
            case EXTERNAL_CAUSE -> "AS-6: improper power, wiring, hot-plugging and other"
                    + " external causes are not covered.";
            case OTHER -> "AS-6: a fault that is not a design, manufacturing or quality defect"
                    + " is not covered.";
            case QUALITY_DEFECT ->
                throw new IllegalArgumentException("a quality defect is covered");
        };
    }

    /** Day N of a period starting on {@code start} (day 1). */
    private static LocalDate lastDay(LocalDate start, int days) {
        return start.plusDays(days - 1L);
    }

    private static WarrantyDecision free(List<Remedy> remedies, String rule, LocalDate until,
            int day, List<String> reasons) {
        return new WarrantyDecision(remedies, true, rule, until, day, reasons);
    }

    private static WarrantyDecision paid(int day, List<String> reasons) {
        return new WarrantyDecision(List.of(Remedy.PAID_REPAIR), false, "AS-6", null, day,
                reasons);
    }
}
