package org.marketgov.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marketgov.persistence.security.AuditEntry;
import org.marketgov.persistence.security.AuditHead;
import org.marketgov.persistence.security.AuditOutcome;

/**
 * DS-3: the append-only, hash-chained audit trail. An entry is written in the
 * transaction of the change it records, so a change and its audit line commit
 * together. Appending locks the chain head row, which keeps the chain linear across
 * server instances. Only AUDITOR reads the trail, and nothing can edit it.
 *
 * <p>Limitation: a break of the chain is found when an AUDITOR verifies it; no alert
 * (DS-5) is raised on its own yet.
 */
@Stateless
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());
    private static final int VERIFY_BATCH = 1000;

    @PersistenceContext(unitName = "market")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** An audit line as the AUDITOR page shows it. */
    public record Line(long id, OffsetDateTime at, String actor, String action, String target,
            AuditOutcome outcome, String origin, String detail, String hash) {
    }

    /** The result of checking the whole chain. */
    public record Verdict(boolean intact, long checked, Long firstBrokenId) {
    }

    /** A page of the trail, newest first. */
    public record Page(List<Line> items, long total) {
    }

    @PermitAll
    public void record(String actor, String action, String target, AuditOutcome outcome,
            String origin, String detail) {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        long id = head.lastId() + 1;
        AuditEntry entry = new AuditEntry(id, OffsetDateTime.now(clock), actor, action, target,
                outcome, origin, detail, head.lastHash());
        em.persist(entry);
        head.advanceTo(id, entry.hash());
    }

    /**
     * DS-3, DS-4: records a refused attempt at something sensitive in a transaction of its
     * own, so the line stays although the refusal rolls the caller's transaction back. The
     * caller must not have written an audit line yet in its own transaction, or the two
     * would wait on the chain head.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefusal(String actor, String action, String target, String origin,
            String detail) {
        record(actor, action, target, AuditOutcome.DENIED, origin, detail);
    }

    @RolesAllowed(Roles.AUDITOR)
    public Page read(int page, int size) {
        long total = em.createQuery("select count(e) from AuditEntry e", Long.class)
                .getSingleResult();
        List<Line> lines = em.createQuery("select e from AuditEntry e order by e.id desc",
                        AuditEntry.class)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultStream()
                .map(AuditTrail::line)
                .toList();
        return new Page(lines, total);
    }

    /** Recomputes every hash and link from the first entry to the head. */
    @RolesAllowed(Roles.AUDITOR)
    public Verdict verify() {
        String expectedPrev = em.find(AuditHead.class, AuditHead.ID) == null ? null : genesis();
        long checked = 0;
        long after = 0;
        while (true) {
            List<AuditEntry> batch = em.createQuery(
                            "select e from AuditEntry e where e.id > :after order by e.id",
                            AuditEntry.class)
                    .setParameter("after", after)
                    .setMaxResults(VERIFY_BATCH)
                    .getResultList();
            if (batch.isEmpty()) {
                break;
            }
            for (AuditEntry e : batch) {
                boolean linked = e.prevHash().equals(expectedPrev) && e.id() == checked + 1;
                if (!linked || !e.hash().equals(e.computeHash())) {
                    LOG.log(Level.WARNING, "audit chain broken at entry {0}", e.id());
                    return new Verdict(false, checked, e.id());
                }
                expectedPrev = e.hash();
                checked++;
                after = e.id();
            }
            em.clear();
        }
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        boolean headMatches = head.lastId() == checked
                && (checked == 0 || head.lastHash().equals(expectedPrev));
        return new Verdict(headMatches, checked, headMatches ? null : checked + 1);
    }

    private static String genesis() {
        return "0".repeat(64);
    }

    private static Line line(AuditEntry e) {
        return new Line(e.id(), e.at(), e.actor(), e.action(), e.target(), e.outcome(),
                e.origin(), e.detail(), e.hash());
    }
}
