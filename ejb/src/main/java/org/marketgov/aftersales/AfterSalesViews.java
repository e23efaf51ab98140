package org.marketgov.aftersales;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.marketgov.persistence.aftersales.CaseEventKind;
import org.marketgov.persistence.aftersales.CaseStatus;
import org.marketgov.persistence.aftersales.Cause;
import org.marketgov.persistence.aftersales.Remedy;

/** What the after-sales boundary hands out. */
public final class AfterSalesViews {

    private AfterSalesViews() {
    }

    /**
     * AS-9: a case as just opened: the decision shown before the customer chooses, with
     * {@code openUntil} the last day (inclusive, site zone) the remedies stay open.
     */
    public record OpenedCase(long id, List<Remedy> remedies, boolean free, String rule,
            LocalDate openUntil, List<String> reasons) {
    }

    /**
     * A case with its current decision (while the buyer chooses, what is open now, so
     * expired periods show; while STAFF carry out the remedy, the decision on the claim
     * day), the chosen remedy, what to send back for it (AS-8), its timeline and service
     * history.
     */
    public record CaseView(long id, long tradeId, long buyerId, String title,
            CaseStatus status, Cause cause, boolean hasInvoice, String description,
            OffsetDateTime deliveredAt, OffsetDateTime openedAt, List<Remedy> remedies,
            boolean free, String rule, LocalDate openUntil, int day, List<String> reasons,
            Remedy chosenRemedy, List<SendBack> sendBack, List<TimelineEntry> timeline,
            List<RepairView> repairs, List<ReplacementView> replacements) {
    }

    /** One step on a case's timeline. */
    public record TimelineEntry(OffsetDateTime at, CaseEventKind kind, String actor,
            String detail) {
    }

    /** A repair by the site's service on the goods of the trade. */
    public record RepairView(long id, long caseId, OffsetDateTime repairedAt, boolean fixed,
            boolean paid) {
    }

    /** AS-5: a replacement with its serial number. */
    public record ReplacementView(long id, long caseId, String serialNumber,
            OffsetDateTime replacedAt) {
    }

    /** A recorded repair with the decision recorded after it (AS-4 may now apply). */
    public record RepairRecorded(long id, long caseId, boolean fixed, boolean paid,
            CaseStatus status, List<Remedy> remedies, boolean free, String rule,
            LocalDate openUntil) {
    }

    /** A case in a list. */
    public record CaseSummary(long id, long tradeId, String title, CaseStatus status,
            Cause cause, String rule, Remedy chosenRemedy, OffsetDateTime openedAt) {
    }

    /** A page of cases. */
    public record CasePage(List<CaseSummary> items, long total) {
    }
}
