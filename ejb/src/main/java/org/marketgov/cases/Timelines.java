package org.marketgov.cases;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.marketgov.cases.CaseViews.ComplaintView;
import org.marketgov.cases.CaseViews.TimelineEntry;
import org.marketgov.persistence.cases.ComplaintEvent;
import org.marketgov.persistence.cases.CaseEventKind;
import org.marketgov.persistence.cases.CaseSide;
import org.marketgov.persistence.cases.Complaint;

/** CMP-3: appends to a complaint's timeline and builds the complaint file view. */
@Dependent
class Timelines {

    @Inject
    private CaseBook book;

    @Inject
    private Clock clock;

    void add(Complaint c, CaseEventKind kind, CaseSide side, String actor, String note) {
        book.add(new ComplaintEvent(c.id(), kind, side, actor, note,
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS)));
    }

    ComplaintView view(Complaint c) {
        return new ComplaintView(c.id(), c.caseNumber(), c.tradeId(), c.type(), c.facts(),
                c.channel(), c.complainantId(), c.respondentId(), c.status(), c.filedAt(),
                c.admissionDue(), c.admittedAt(), c.rejectionRule(), c.rejectionReason(),
                c.mediator(), c.proposal(), c.complainantAnswer(), c.respondentAnswer(),
                c.closedAt(), c.outcomeNote(), c.removedEvaluation(),
                book.timeline(c.id()).stream()
                        .map(e -> new TimelineEntry(e.at(), e.kind(), e.side(), e.actor(),
                                e.note()))
                        .toList());
    }
}
