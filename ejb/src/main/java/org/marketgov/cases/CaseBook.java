package org.marketgov.cases;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.marketgov.cases.CaseViews.CaseKind;
import org.marketgov.cases.CaseViews.EvidenceView;
import org.marketgov.persistence.cases.Accusation;
import org.marketgov.persistence.cases.AccusationStatus;
import org.marketgov.persistence.cases.CaseEvidence;
import org.marketgov.persistence.cases.ComplaintEvent;
import org.marketgov.persistence.cases.Complaint;
import org.marketgov.persistence.cases.ComplaintStatus;
import org.marketgov.persistence.cases.Consultation;
import org.marketgov.persistence.cases.ConsultationStatus;
import org.marketgov.persistence.cases.EvidenceSide;
import org.marketgov.persistence.cases.EvidenceType;
import org.marketgov.persistence.cases.UnsealRequest;
import org.marketgov.persistence.cases.UnsealStatus;
import org.marketgov.platform.NotFound;

/**
 * The books behind the cases desks: finding, locking and storing complaints, their
 * timelines, accusations, penalties and consultations. It checks no roles itself; it
 * is reached only through the desks, which have. Changes lock the row first, so two
 * parties answering one proposal at once are applied one after the other.
 */
@Dependent
class CaseBook {

    @PersistenceContext(unitName = "market")
    private EntityManager em;

    /** CMP-3: the next number from the case number sequence (unique across instances). */
    long nextCaseNumber() {
        Object n = em.createNativeQuery("select nextval('case_number_seq')").getSingleResult();
        return ((Number) n).longValue();
    }

    void add(Object entity) {
        em.persist(entity);
        em.flush();
    }

    Complaint complaint(long id) {
        return found(em.find(Complaint.class, id), "complaint " + id);
    }

    Complaint lockComplaint(long id) {
        return found(em.find(Complaint.class, id, LockModeType.PESSIMISTIC_WRITE),
                "complaint " + id);
    }

    List<ComplaintEvent> timeline(long complaintId) {
        return em.createQuery("select e from ComplaintEvent e where e.complaintId = :c"
                        + " order by e.at, e.id", ComplaintEvent.class)
                .setParameter("c", complaintId)
                .getResultList();
    }

    /** CMP-1: the newest complaints the member filed or is named in. */
    List<Complaint> complaintsOf(long memberId, int max) {
        return em.createQuery("select c from Complaint c where c.complainantId = :m"
                        + " or c.respondentId = :m order by c.filedAt desc, c.id desc",
                        Complaint.class)
                .setParameter("m", memberId)
                .setMaxResults(max)
                .getResultList();
    }

    /** CMP-1: whether the member already has an open complaint about the trade. */
    boolean hasOpenComplaint(long tradeId, long complainantId) {
        return em.createQuery("select count(c) from Complaint c where c.tradeId = :t"
                        + " and c.complainantId = :m and c.status in :open", Long.class)
                .setParameter("t", tradeId)
                .setParameter("m", complainantId)
                .setParameter("open", List.of(ComplaintStatus.SUBMITTED,
                        ComplaintStatus.ACCEPTED, ComplaintStatus.IN_MEDIATION,
                        ComplaintStatus.PROPOSED))
                .getSingleResult() > 0;
    }

    Accusation accusation(long id) {
        return found(em.find(Accusation.class, id), "accusation " + id);
    }

    Accusation lockAccusation(long id) {
        return found(em.find(Accusation.class, id, LockModeType.PESSIMISTIC_WRITE),
                "accusation " + id);
    }

    /**
     * CMP-4, CMP-5: a page of the accusations about the member or filed by them, newest
     * first, anonymous ones included; the caller shows a sealed report only to its own
     * informant.
     */
    List<Accusation> accusationsOf(long memberId, String username, int first, int max) {
        return em.createQuery("select a from Accusation a where a.accusedId = :m"
                        + " or a.informantUsername = :u order by a.filedAt desc, a.id desc",
                        Accusation.class)
                .setParameter("m", memberId)
                .setParameter("u", username)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    long countAccusationsOf(long memberId, String username) {
        return em.createQuery("select count(a) from Accusation a where a.accusedId = :m"
                        + " or a.informantUsername = :u", Long.class)
                .setParameter("m", memberId)
                .setParameter("u", username)
                .getSingleResult();
    }

    Accusation accusationTracked(String trackingHash) {
        return em.createQuery("select a from Accusation a where a.trackingHash = :h",
                        Accusation.class)
                .setParameter("h", trackingHash)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("tracking code"));
    }

    /** CMP-6: how many penalties the member has had, which sets the next rung. */
    long penaltiesOf(long memberId) {
        return em.createQuery("select count(p) from Penalty p where p.memberId = :m", Long.class)
                .setParameter("m", memberId)
                .getSingleResult();
    }

    Consultation consultation(long id) {
        return found(em.find(Consultation.class, id), "consultation " + id);
    }

    Consultation lockConsultation(long id) {
        return found(em.find(Consultation.class, id, LockModeType.PESSIMISTIC_WRITE),
                "consultation " + id);
    }

    /** CMP-8: one status of one kind, oldest first (the queue order). */
    <T> List<T> queue(Class<T> type, Enum<?> status, String openedField, int page, int size) {
        return em.createQuery("select c from " + type.getSimpleName() + " c where c.status = :s"
                        + " order by c." + openedField + ", c.id", type)
                .setParameter("s", status)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    long count(Class<?> type, Enum<?> status) {
        return em.createQuery("select count(c) from " + type.getSimpleName()
                        + " c where c.status = :s", Long.class)
                .setParameter("s", status)
                .getSingleResult();
    }

    /**
     * CMP-8: kind, status name and opening time of every open case, for the ageing
     * chart. Limitation: it reads one row per open case; a large backlog would want the
     * counting done in SQL.
     */
    List<Object[]> openedAt() {
        List<Object[]> rows = new ArrayList<>();
        em.createQuery("select c.status, c.filedAt from Complaint c where c.status in :s",
                        Object[].class)
                .setParameter("s", List.of(ComplaintStatus.SUBMITTED, ComplaintStatus.ACCEPTED,
                        ComplaintStatus.IN_MEDIATION, ComplaintStatus.PROPOSED))
                .getResultStream()
                .forEach(r -> rows.add(new Object[] {CaseKind.COMPLAINT, r[0].toString(), r[1]}));
        em.createQuery("select a.status, a.filedAt from Accusation a where a.status in :s",
                        Object[].class)
                .setParameter("s", List.of(AccusationStatus.values()).stream()
                        .filter(x -> !x.isDecided()).toList())
                .getResultStream()
                .forEach(r -> rows.add(new Object[] {CaseKind.ACCUSATION, r[0].toString(),
                    r[1]}));
        em.createQuery("select c.status, c.askedAt from Consultation c where c.status = :s",
                        Object[].class)
                .setParameter("s", ConsultationStatus.OPEN)
                .getResultStream()
                .forEach(r -> rows.add(new Object[] {CaseKind.CONSULTATION, r[0].toString(),
                    r[1]}));
        return rows;
    }

    /** CMP-8: the number of cases per status of each kind, zero where there are none. */
    Map<ComplaintStatus, Long> complaintCounts() {
        Map<ComplaintStatus, Long> counts = new EnumMap<>(ComplaintStatus.class);
        for (ComplaintStatus s : ComplaintStatus.values()) {
            counts.put(s, count(Complaint.class, s));
        }
        return counts;
    }

    Map<AccusationStatus, Long> accusationCounts() {
        Map<AccusationStatus, Long> counts = new EnumMap<>(AccusationStatus.class);
        for (AccusationStatus s : AccusationStatus.values()) {
            counts.put(s, count(Accusation.class, s));
        }
        return counts;
    }

    Map<ConsultationStatus, Long> consultationCounts() {
        Map<ConsultationStatus, Long> counts = new EnumMap<>(ConsultationStatus.class);
        for (ConsultationStatus s : ConsultationStatus.values()) {
            counts.put(s, count(Consultation.class, s));
        }
        return counts;
    }

    /** CMP-1, CMP-4: the files of one case, oldest first, without their content. */
    List<EvidenceView> evidence(CaseEvidence.CaseRef ref) {
        String owner = ref.complaintId() != null ? "e.complaintId" : "e.accusationId";
        long id = ref.complaintId() != null ? ref.complaintId() : ref.accusationId();
        return em.createQuery("select e.id, e.side, e.uploadedBy, e.fileName, e.type,"
                        + " e.sizeBytes, e.sha256, e.uploadedAt from CaseEvidence e where "
                        + owner + " = :c order by e.uploadedAt, e.id", Object[].class)
                .setParameter("c", id)
                .getResultStream()
                .map(r -> new EvidenceView((Long) r[0], (EvidenceSide) r[1], (String) r[2],
                        (String) r[3], ((EvidenceType) r[4]).mediaType(), (Long) r[5],
                        (String) r[6], (OffsetDateTime) r[7]))
                .toList();
    }

    /** CMP-1, CMP-4: one file with its content, if it belongs to the case. */
    CaseEvidence evidenceFile(CaseEvidence.CaseRef ref, long evidenceId) {
        CaseEvidence e = em.find(CaseEvidence.class, evidenceId);
        boolean belongs = e != null && (ref.complaintId() != null
                ? ref.complaintId().equals(e.complaintId())
                : ref.accusationId().equals(e.accusationId()));
        return found(belongs ? e : null, "evidence " + evidenceId);
    }

    /** DS-4: one unseal request, optionally locked for its decision. */
    UnsealRequest unsealRequest(long id, boolean lock) {
        return found(lock ? em.find(UnsealRequest.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(UnsealRequest.class, id), "unseal request " + id);
    }

    /** DS-4: the oldest waiting unseal requests first, for the AUDITOR's queue. */
    List<UnsealRequest> unsealRequests(UnsealStatus status, int max) {
        return em.createQuery("select r from UnsealRequest r where r.status = :s"
                        + " order by r.requestedAt, r.id", UnsealRequest.class)
                .setParameter("s", status).setMaxResults(max).getResultList();
    }

    /** DS-4: one requester's newest unseal requests first. */
    List<UnsealRequest> unsealRequestsBy(String requester, int max) {
        return em.createQuery("select r from UnsealRequest r where r.requestedBy = :by"
                        + " order by r.requestedAt desc, r.id desc", UnsealRequest.class)
                .setParameter("by", requester).setMaxResults(max).getResultList();
    }

    private static <T> T found(T entity, String what) {
        if (entity == null) {
            throw new NotFound(what);
        }
        return entity;
    }
}
