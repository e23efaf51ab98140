package org.marketgov.credit;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.List;
import org.marketgov.persistence.credit.ChangeKind;
import org.marketgov.persistence.credit.Evaluation;
import org.marketgov.persistence.credit.EvaluationChange;
import org.marketgov.persistence.credit.EvaluationWindow;
import org.marketgov.persistence.credit.NotScoredReason;
import org.marketgov.persistence.trading.Party;
import org.marketgov.platform.NotFound;
import org.marketgov.platform.RuleViolation;

/**
 * The books of evaluations and their windows behind {@link CreditLedger}: finding,
 * locking and storing them and their history. It checks no roles itself.
 */
@Dependent
class EvaluationBook {

    @PersistenceContext(unitName = "market")
    private EntityManager em;

    EvaluationWindow window(long tradeId) {
        return em.find(EvaluationWindow.class, tradeId);
    }

    /** Who rates whom when {@code side} of the window's trade evaluates. */
    static Evaluation.Subject subject(EvaluationWindow w, Party side) {
        long rater = side == Party.BUYER ? w.buyerId() : w.sellerId();
        long rated = side == Party.BUYER ? w.sellerId() : w.buyerId();
        return new Evaluation.Subject(w.tradeId(), side, rater, rated, w.listingId(),
                w.tradeCreatedAt(), w.tradeMonth());
    }

    void addWindow(EvaluationWindow w) {
        em.persist(w);
        em.flush();
    }

    /**
     * CR-4: the window of a trade with its row locked, so that both sides' submissions,
     * the closing job and STAFF clearance of one trade take turns.
     */
    EvaluationWindow lockWindow(long tradeId) {
        EvaluationWindow w = em.find(EvaluationWindow.class, tradeId,
                LockModeType.PESSIMISTIC_WRITE);
        if (w == null) {
            throw new NotFound("evaluation window of trade " + tradeId);
        }
        return w;
    }

    /**
     * CR-1: stores a new evaluation. The unique key on trade and side decides between
     * two submissions of one side, so the loser is refused whatever the timing.
     */
    void add(Evaluation e) {
        try {
            em.persist(e);
            em.flush();
        } catch (PersistenceException failure) {
            if (Constraints.violated(failure)) {
                throw new RuleViolation("CR-1", "this side has already evaluated the trade");
            }
            throw failure;
        }
    }

    Evaluation evaluation(long id) {
        Evaluation e = em.find(Evaluation.class, id);
        if (e == null) {
            throw new NotFound("evaluation " + id);
        }
        return e;
    }

    /** An evaluation with its row locked, for a change that must happen once. */
    Evaluation lockEvaluation(long id) {
        Evaluation e = em.find(Evaluation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw new NotFound("evaluation " + id);
        }
        return e;
    }

    /** The evaluations of a trade in id order, sealed or not. */
    List<Evaluation> ofTrade(long tradeId) {
        return em.createQuery("select e from Evaluation e where e.tradeId = :t order by e.id",
                        Evaluation.class)
                .setParameter("t", tradeId)
                .getResultList();
    }

    /** CR-11: the visible evaluations of a held trade that wait to be scored. */
    List<Evaluation> waitingForReview(long tradeId) {
        return em.createQuery("select e from Evaluation e where e.tradeId = :t"
                        + " and e.visibleAt is not null and e.scored = false"
                        + " and e.notScoredReason = :r and e.deletedAt is null"
                        + " and e.removedAt is null order by e.visibleAt, e.id", Evaluation.class)
                .setParameter("t", tradeId)
                .setParameter("r", NotScoredReason.UNDER_REVIEW)
                .getResultList();
    }

    /**
     * CR-7: whether the same rater already scored the same rating for the same member
     * on the same goods in a trade created less than {@code days} apart.
     */
    boolean sameGoodsScored(Evaluation e, int days) {
        Long found = em.createQuery("select count(x) from Evaluation x where"
                        + " x.raterId = :rater and x.ratedId = :rated and x.ratedRole = :role"
                        + " and x.listingId = :listing and x.rating = :rating"
                        + " and x.scored = true and x.deletedAt is null and x.removedAt is null"
                        + " and x.id <> :id and x.tradeCreatedAt > :from"
                        + " and x.tradeCreatedAt < :to", Long.class)
                .setParameter("rater", e.raterId()).setParameter("rated", e.ratedId())
                .setParameter("role", e.ratedRole()).setParameter("listing", e.listingId())
                .setParameter("rating", e.rating()).setParameter("id", e.id())
                .setParameter("from", e.tradeCreatedAt().minusDays(days))
                .setParameter("to", e.tradeCreatedAt().plusDays(days))
                .getSingleResult();
        return found > 0;
    }

    /**
     * CR-5: up to {@code max} open windows whose time is up at {@code now}, in the order
     * they ended, after {@code after} in that order (from the first when null).
     */
    List<Backlog.Mark> dueWindows(OffsetDateTime now, Backlog.Mark after, int max) {
        String past = after == null ? ""
                : " and (w.closesAt > :at or (w.closesAt = :at and w.tradeId > :id))";
        TypedQuery<Object[]> q = em.createQuery("select w.closesAt, w.tradeId"
                        + " from EvaluationWindow w where w.closed = false and w.closesAt <= :now"
                        + past + " order by w.closesAt, w.tradeId", Object[].class)
                .setParameter("now", now);
        if (after != null) {
            q.setParameter("at", after.at()).setParameter("id", after.id());
        }
        return q.setMaxResults(max).getResultStream()
                .map(r -> new Backlog.Mark((OffsetDateTime) r[0], (Long) r[1]))
                .toList();
    }

    void record(Evaluation e, ChangeKind kind, String actor, EvaluationChange.State before,
            String note, OffsetDateTime at) {
        em.persist(new EvaluationChange(e.id(), kind, actor, before,
                new EvaluationChange.State(e.rating(), e.points()), note, at));
    }

    List<EvaluationChange> history(long evaluationId) {
        return em.createQuery("select c from EvaluationChange c where c.evaluationId = :e"
                        + " order by c.at, c.id", EvaluationChange.class)
                .setParameter("e", evaluationId)
                .getResultList();
    }
}
