package org.marketgov.aftersales;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
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

    WarrantyDecision decide(WarrantyFacts facts) {
        return new WarrantyPolicy(terms()).decide(facts, clock, settings.zone());
    }

    /** The decision for the case as it stands now, including all its history. */
    WarrantyDecision decide(AfterSalesCase c) {
        return decide(book.facts(c));
    }

    RecordedDecision recorded(WarrantyDecision d) {
        return new RecordedDecision(d.remedies(), d.free(), d.rule(), d.openUntil(),
                d.reasons(), now());
    }

    /** Decides the case now, records the decision on it and on its timeline. */
    WarrantyDecision redecide(AfterSalesCase c, String actor) {
        WarrantyDecision d = decide(c);
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

    CaseView view(AfterSalesCase c) {
        WarrantyDecision d = c.status().isActive() ? decide(c) : null;
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
