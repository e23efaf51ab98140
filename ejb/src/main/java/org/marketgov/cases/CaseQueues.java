package org.marketgov.cases;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marketgov.cases.CaseViews.AgeingRow;
import org.marketgov.cases.CaseViews.CaseKind;
import org.marketgov.cases.CaseViews.QueueItem;
import org.marketgov.cases.CaseViews.QueuePage;
import org.marketgov.cases.CaseViews.StatusCounts;
import org.marketgov.persistence.cases.Accusation;
import org.marketgov.persistence.cases.AccusationStatus;
import org.marketgov.persistence.cases.Complaint;
import org.marketgov.persistence.cases.ComplaintStatus;
import org.marketgov.persistence.cases.Consultation;
import org.marketgov.persistence.cases.ConsultationStatus;
import org.marketgov.platform.InvalidInput;
import org.marketgov.platform.SettingKey;
import org.marketgov.platform.SiteSettings;
import org.marketgov.security.Roles;

/**
 * CMP-8: the STAFF queues, one per kind and status, oldest first, each case with its
 * age, its due time and whether it is overdue; and the numbers per status for AUDITOR.
 * A complaint is due for admission within the admission working days (CMP-2) and,
 * once accepted, for mediation within the mediation working days; an accusation by its
 * decision date; a consultation by its answer deadline. The mediation deadline pauses
 * while a proposal waits for the parties' answers ({@link MediationClock}). For AUDITOR,
 * the open cases of each kind and status are also counted by age ({@link AgeBuckets}).
 * Queue items name no informant.
 *
 * <p>Limitation: accusations and consultations wait for nobody outside the site in
 * this model, so only the complaint clock pauses.
 */
@Stateless
@DeclareRoles({Roles.MEMBER, Roles.STAFF, Roles.AUDITOR})
public class CaseQueues {

    @Inject
    private Clock clock;

    @Inject
    private CaseBook book;

    @EJB
    private SiteSettings settings;

    /** CMP-8: one queue, for example the SUBMITTED complaints. */
    @RolesAllowed(Roles.STAFF)
    public QueuePage queue(String kind, String status, int page, int size) {
        CaseKind k = parse(CaseKind.class, "kind", kind);
        return switch (k) {
            case COMPLAINT -> complaints(parse(ComplaintStatus.class, "status", status), page,
                    size);
            case ACCUSATION -> accusations(parse(AccusationStatus.class, "status", status),
                    page, size);
            case CONSULTATION -> consultations(parse(ConsultationStatus.class, "status",
                    status), page, size);
        };
    }

    /** CMP-8: the number of cases per status of each kind. */
    @RolesAllowed({Roles.STAFF, Roles.AUDITOR})
    public StatusCounts counts() {
        return new StatusCounts(named(book.complaintCounts()), named(book.accusationCounts()),
                named(book.consultationCounts()));
    }

    /** CMP-8: the open cases of each kind and status, counted by age, for AUDITOR. */
    @RolesAllowed({Roles.STAFF, Roles.AUDITOR})
    public List<AgeingRow> ageing() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<AgeingRow> rows = new ArrayList<>();
        for (Object[] r : book.openedAt()) {
            rows.stream().filter(x -> x.kind() == r[0] && x.status().equals(r[1])).findFirst()
                    .orElseGet(() -> add(rows, new AgeingRow((CaseKind) r[0], (String) r[1],
                            new long[AgeBuckets.COUNT])))
                    .counts()[AgeBuckets.of((OffsetDateTime) r[2], now)]++;
        }
        return rows;
    }

    private static AgeingRow add(List<AgeingRow> rows, AgeingRow row) {
        rows.add(row);
        return row;
    }

    private QueuePage complaints(ComplaintStatus status, int page, int size) {
        List<QueueItem> items = book.queue(Complaint.class, status, "filedAt", page, size)
                .stream().map(c -> item(CaseKind.COMPLAINT, c.id(), c.caseNumber(),
                        c.status().name(), c.type().name(), c.filedAt(), complaintDue(c)))
                .toList();
        return new QueuePage(items, book.count(Complaint.class, status));
    }

    private OffsetDateTime complaintDue(Complaint c) {
        if (c.status() == ComplaintStatus.SUBMITTED) {
            return c.admissionDue();
        }
        if (c.status().isFinal()) {
            return null;
        }
        return MediationClock.due(c.admittedAt(), settings.number(SettingKey.CASE_MEDIATION_DAYS),
                settings.zone(), c.pausedFor(), c.waitingSince(), OffsetDateTime.now(clock));
    }

    private QueuePage accusations(AccusationStatus status, int page, int size) {
        List<QueueItem> items = book.queue(Accusation.class, status, "filedAt", page, size)
                .stream().map(a -> item(CaseKind.ACCUSATION, a.id(), "A-" + a.id(),
                        a.status().name(), a.targetType() + " " + a.targetId() + ": "
                                + a.category(), a.filedAt(),
                        a.status().isDecided() ? null : a.decisionDue()))
                .toList();
        return new QueuePage(items, book.count(Accusation.class, status));
    }

    private QueuePage consultations(ConsultationStatus status, int page, int size) {
        List<QueueItem> items = book.queue(Consultation.class, status, "askedAt", page, size)
                .stream().map(c -> item(CaseKind.CONSULTATION, c.id(), "Q-" + c.id(),
                        c.status().name(), c.channel().name(), c.askedAt(),
                        c.status() == ConsultationStatus.OPEN ? c.answerDue() : null))
                .toList();
        return new QueuePage(items, book.count(Consultation.class, status));
    }

    private QueueItem item(CaseKind kind, long id, String reference, String status,
            String summary, OffsetDateTime openedAt, OffsetDateTime due) {
        CaseAge age = CaseAge.of(openedAt, due, clock);
        return new QueueItem(kind, id, reference, status, summary, openedAt, age.hours(), due,
                age.overdue());
    }

    private static <E extends Enum<E>> Map<String, Long> named(Map<E, Long> counts) {
        Map<String, Long> named = new LinkedHashMap<>();
        counts.forEach((k, v) -> named.put(k.name(), v));
        return named;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        for (E e : type.getEnumConstants()) {
            if (value != null && e.name().equalsIgnoreCase(value.strip())) {
                return e;
            }
        }
        throw InvalidInput.of(field, "one of " + List.of(type.getEnumConstants()));
    }
}
