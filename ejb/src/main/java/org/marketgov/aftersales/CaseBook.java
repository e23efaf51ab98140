package org.marketgov.aftersales;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import org.marketgov.aftersales.AfterSalesViews.CasePage;
import org.marketgov.aftersales.AfterSalesViews.CaseSummary;
import org.marketgov.aftersales.WarrantyFacts.ServiceRepair;
import org.marketgov.aftersales.WarrantyFacts.ServiceReplacement;
import org.marketgov.persistence.aftersales.AfterSalesCase;
import org.marketgov.persistence.aftersales.CaseEvent;
import org.marketgov.persistence.aftersales.CaseEventKind;
import org.marketgov.persistence.aftersales.CaseStatus;
import org.marketgov.persistence.aftersales.Cause;
import org.marketgov.persistence.aftersales.Repair;
import org.marketgov.persistence.aftersales.Replacement;
import org.marketgov.platform.NotFound;

/** The books behind {@link AfterSalesDesk}: finding and storing cases and their history. */
@Dependent
class CaseBook {

    @PersistenceContext(unitName = "market")
    private EntityManager em;

    void add(Object entity) {
        em.persist(entity);
        em.flush();
    }

    /** A case, locked so two STAFF steps on it take turns. */
    AfterSalesCase locked(long id) {
        AfterSalesCase c = em.find(AfterSalesCase.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new NotFound("after-sales case " + id);
        }
        return c;
    }

    AfterSalesCase find(long id) {
        AfterSalesCase c = em.find(AfterSalesCase.class, id);
        if (c == null) {
            throw new NotFound("after-sales case " + id);
        }
        return c;
    }

    boolean hasActiveCase(long tradeId) {
        return em.createQuery("select count(c) from AfterSalesCase c where c.tradeId = :t"
                        + " and c.status <> :done", Long.class)
                .setParameter("t", tradeId).setParameter("done", CaseStatus.RESOLVED)
                .getSingleResult() > 0;
    }

    /** AS-1: the case in which the goods of the trade were refunded, or null. */
    Long refundedCase(long tradeId) {
        return em.createQuery("select c.id from AfterSalesCase c, CaseEvent e"
                        + " where e.caseId = c.id and c.tradeId = :t and e.kind = :refunded",
                        Long.class)
                .setParameter("t", tradeId).setParameter("refunded", CaseEventKind.REFUNDED)
                .getResultStream().findFirst().orElse(null);
    }

    /** The goods' repairs across all cases of the trade (AS-4, AS-7). */
    List<Repair> repairs(long tradeId) {
        return em.createQuery("select r from Repair r where r.tradeId = :t"
                        + " order by r.repairedAt, r.id", Repair.class)
                .setParameter("t", tradeId).getResultList();
    }

    /** The goods' replacements across all cases of the trade (AS-5). */
    List<Replacement> replacements(long tradeId) {
        return em.createQuery("select r from Replacement r where r.tradeId = :t"
                        + " order by r.replacedAt, r.id", Replacement.class)
                .setParameter("t", tradeId).getResultList();
    }

    List<CaseEvent> timeline(long caseId) {
        return em.createQuery("select e from CaseEvent e where e.caseId = :c"
                        + " order by e.at, e.id", CaseEvent.class)
                .setParameter("c", caseId).getResultList();
    }

    /** The facts the policy decides from, with the cause as it stands on the case. */
    WarrantyFacts facts(AfterSalesCase c) {
        return facts(c.tradeId(), c.deliveredAt(), c.cause(), c.hasInvoice());
    }

    /**
     * AS-6: for goods sold here the site's own trade record is the other proof of
     * purchase, so it is always present.
     */
    WarrantyFacts facts(long tradeId, OffsetDateTime deliveredAt, Cause cause,
            boolean hasInvoice) {
        List<ServiceRepair> repairs = repairs(tradeId).stream()
                .map(r -> new ServiceRepair(r.repairedAt(), r.isFixed(), r.isPaid())).toList();
        List<ServiceReplacement> replacements = replacements(tradeId).stream()
                .map(r -> new ServiceReplacement(r.replacedAt(), r.serialNumber())).toList();
        return new WarrantyFacts(deliveredAt, cause, hasInvoice, true, repairs, replacements);
    }

    CasePage ofBuyer(long buyerId, int page, int size) {
        List<CaseSummary> items = em.createQuery("select c from AfterSalesCase c"
                        + " where c.buyerId = :b order by c.openedAt desc, c.id desc",
                        AfterSalesCase.class)
                .setParameter("b", buyerId)
                .setFirstResult(page * size).setMaxResults(size)
                .getResultStream().map(CaseBook::summary).toList();
        long total = em.createQuery("select count(c) from AfterSalesCase c where c.buyerId = :b",
                        Long.class).setParameter("b", buyerId).getSingleResult();
        return new CasePage(items, total);
    }

    /** STAFF's queue: cases in one status (or all when null), oldest first. */
    CasePage queue(CaseStatus status, int page, int size) {
        String where = status == null ? "" : " where c.status = :s";
        var query = em.createQuery("select c from AfterSalesCase c" + where
                + " order by c.openedAt, c.id", AfterSalesCase.class);
        var count = em.createQuery("select count(c) from AfterSalesCase c" + where, Long.class);
        if (status != null) {
            query.setParameter("s", status);
            count.setParameter("s", status);
        }
        List<CaseSummary> items = query.setFirstResult(page * size).setMaxResults(size)
                .getResultStream().map(CaseBook::summary).toList();
        return new CasePage(items, count.getSingleResult());
    }

    private static CaseSummary summary(AfterSalesCase c) {
        return new CaseSummary(c.id(), c.tradeId(), c.title(), c.status(), c.cause(),
                c.decision().rule(), c.chosenRemedy(), c.openedAt());
    }
}
