package org.marketgov.aftersales;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.marketgov.aftersales.AfterSalesViews.CaseView;
import org.marketgov.aftersales.AfterSalesViews.RepairView;
import org.marketgov.aftersales.AfterSalesViews.ReplacementView;
import org.marketgov.aftersales.AfterSalesViews.TimelineEntry;
import org.marketgov.persistence.aftersales.AfterSalesCase;
import org.marketgov.persistence.aftersales.CaseEvent;
import org.marketgov.persistence.aftersales.CaseEventKind;
import org.marketgov.persistence.aftersales.RecordedDecision;
import org.marketgov.persistence.aftersales.Remedy;
import org.marketgov.platform.SettingKey;
import org.marketgov.platform.SiteSettings;

/**
 * AS-9: runs the warranty policy on a case with the live settings and the site clock,
 * records decisions on the case and its timeline, and builds what the boundary shows.
 *
 * <p>A claim is judged on the day the buyer made it: STAFF steps (inspection, repairs)
 * decide on the day the case was opened, so time spent handling the case never costs
 * the buyer a remedy. The buyer's own choice is judged when they choose, and only among
 * the remedies the decision shown to them offered.
 *
 * <p>Limitation: a choice made after STAFF sent the case back (a repair that did not fix
 * the fault, findings that closed the chosen remedy) is judged when the buyer makes it
 * too, so a period may end while the site holds the goods.
 */
@Dependent
class CaseDecisions {

    @Inject
    private Clock clock;

    @EJB
    private SiteSettings settings;

    @Inject
    private CaseBook book;

    WarrantyTerms terms() {
        return new WarrantyTerms(settings.number(SettingKey.RETURN_DAYS),
                settings.number(SettingKey.REPLACE_DAYS),
                settings.number(SettingKey.WARRANTY_DAYS),
                settings.number(SettingKey.FAILED_REPAIRS),
                settings.number(SettingKey.PAID_REPAIR_MONTHS));
    }

    /** The decision at this moment, as for a claim made now. */
    WarrantyDecision decideNow(WarrantyFacts facts) {
        return new WarrantyPolicy(terms()).decide(facts, clock, settings.zone());
    }

    /** AS-9: the case judged on its claim day, with all the history recorded so far. */
    WarrantyDecision onClaimDay(AfterSalesCase c) {
        LocalDate claimDay = c.openedAt().atZoneSameInstant(settings.zone()).toLocalDate();
        return new WarrantyPolicy(terms()).decideOn(book.facts(c), claimDay, settings.zone());
    }

    /**
     * AS-9: what the buyer may choose now: the remedies open at this moment that the
     * decision shown to them offered. Paid service needs no guarantee, so it may be
     * chosen whenever the decision now offers it.
     */
    WarrantyDecision choosableNow(AfterSalesCase c) {
        WarrantyDecision now = decideNow(book.facts(c));
        List<Remedy> shown = c.decision().remedies();
        List<Remedy> open = now.remedies().stream()
                .filter(r -> r == Remedy.PAID_REPAIR || shown.contains(r)).toList();
        if (open.size() == now.remedies().size()) {
            return now;
        }
        List<String> reasons = new ArrayList<>(now.reasons());
        reasons.add("AS-9: only remedies the decision shown before offered may be chosen.");
        return new WarrantyDecision(open, now.free(), now.rule(), now.openUntil(), now.day(),
                reasons);
    }

    RecordedDecision recorded(WarrantyDecision d) {
        return new RecordedDecision(d.remedies(), d.free(), d.rule(), d.openUntil(),
                d.reasons(), now());
    }

    /** Decides the case on its claim day, records it on the case and its timeline. */
    WarrantyDecision redecide(AfterSalesCase c, String actor) {
        return record(c, onClaimDay(c), actor);
    }

    /** Records a decision on the case and on its timeline. */
    WarrantyDecision record(AfterSalesCase c, WarrantyDecision d, String actor) {
        c.record(recorded(d));
        append(c, CaseEventKind.DECIDED, actor, summary(d));
        return d;
    }

    void append(AfterSalesCase c, CaseEventKind kind, String actor, String detail) {
        book.add(new CaseEvent(c.id(), kind, actor, detail, now()));
    }

    static String summary(WarrantyDecision d) {
        String remedies = d.remedies().stream().map(Remedy::name)
                .collect(Collectors.joining(", "));
        return d.rule() + ": " + remedies + (d.free() ? " free" : " paid")
                + (d.openUntil() == null ? "" : " until " + d.openUntil());
    }

    /**
     * The case as shown: while the buyer chooses, what they may choose now; while STAFF
     * carry out the remedy, the decision on the claim day; once resolved, the last one
     * recorded.
     */
    CaseView view(AfterSalesCase c) {
        WarrantyDecision d = switch (c.status()) {
            case OPEN -> choosableNow(c);
            case REMEDY_CHOSEN, GOODS_RECEIVED -> onClaimDay(c);
            case RESOLVED -> null;
        };
        List<TimelineEntry> timeline = book.timeline(c.id()).stream()
                .map(e -> new TimelineEntry(e.at(), e.kind(), e.actor(), e.detail())).toList();
        List<RepairView> repairs = book.repairs(c.tradeId()).stream()
                .map(r -> new RepairView(r.id(), r.caseId(), r.repairedAt(), r.isFixed(),
                        r.isPaid())).toList();
        List<ReplacementView> replacements = book.replacements(c.tradeId()).stream()
                .map(r -> new ReplacementView(r.id(), r.caseId(), r.serialNumber(),
                        r.replacedAt())).toList();
        RecordedDecision last = c.decision();
        return new CaseView(c.id(), c.tradeId(), c.buyerId(), c.title(), c.status(), c.cause(),
                c.hasInvoice(), c.description(), c.deliveredAt(), c.openedAt(),
                d == null ? List.of() : d.remedies(), d == null ? last.isFree() : d.free(),
                d == null ? last.rule() : d.rule(), d == null ? null : d.openUntil(),
                d == null ? 0 : d.day(), d == null ? last.reasons() : d.reasons(),
                c.chosenRemedy(), c.chosenRemedy() == null ? List.of()
                        : SendBack.forRemedy(c.chosenRemedy(), c.hasInvoice()),
                timeline, repairs, replacements);
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
