package org.marketgov.credit;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.marketgov.persistence.credit.ChangeKind;
import org.marketgov.persistence.credit.CreditRole;
import org.marketgov.persistence.credit.Evaluation;
import org.marketgov.persistence.credit.EvaluationChange;
import org.marketgov.persistence.credit.EvaluationWindow;
import org.marketgov.persistence.credit.NotScoredReason;
import org.marketgov.persistence.credit.Rating;
import org.marketgov.persistence.trading.Party;
import org.marketgov.platform.Constraints;
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

    /**
     * Whether the trade's window exists, without bringing it into the persistence
     * context, so that locking it afterwards reads it afresh.
     */
    boolean hasWindow(long tradeId) {
        return em.createQuery("select count(w) from EvaluationWindow w where w.tradeId = :t",
                        Long.class)
                .setParameter("t", tradeId).getSingleResult() > 0;
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

    /**
     * CR-5: stores a default praise of the closing job. The window is locked and has no
     * evaluation of that side, so no unique key can refuse it; it is written with the
     * other changes of the job's transaction.
     */
    void addDefault(Evaluation praise) {
        em.persist(praise);
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

    /**
     * CR-5: the windows of these trades that are still open and due at {@code now}, with
     * their rows locked in trade order, so that the closing job and the parties'
     * submissions take turns and two runs never end one window twice.
     */
    List<EvaluationWindow> lockDueWindows(Collection<Long> tradeIds, OffsetDateTime now) {
        return em.createQuery("select w from EvaluationWindow w where w.tradeId in :t"
                        + " and w.closed = false and w.closesAt <= :now order by w.tradeId",
                        EvaluationWindow.class)
                .setParameter("t", tradeIds).setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** The evaluations of these trades in id order, sealed or not. */
    List<Evaluation> ofTrades(Collection<Long> tradeIds) {
        return em.createQuery("select e from Evaluation e where e.tradeId in :t order by e.id",
                        Evaluation.class)
                .setParameter("t", tradeIds)
                .getResultList();
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
     * CR-7: the scored evaluations that could keep one of {@code candidates} from scoring:
     * same rater, rated member, goods and rating, in a trade created less than {@code days}
     * apart. Each candidate is matched exactly on the same-goods index, a few dozen
     * candidates to a query.
     */
    List<ScoringPass.Goods> scoredGoods(List<Evaluation> candidates, int days) {
        List<ScoringPass.Goods> found = new ArrayList<>();
        for (int from = 0; from < candidates.size(); from += CreditBook.KEYS_PER_QUERY) {
            found.addAll(scoredGoodsOf(candidates.subList(from,
                    Math.min(from + CreditBook.KEYS_PER_QUERY, candidates.size())), days));
        }
        return found;
    }

    private List<ScoringPass.Goods> scoredGoodsOf(List<Evaluation> candidates, int days) {
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < candidates.size(); i++) {
            where.append(i == 0 ? "" : " or ").append("(x.raterId = :a").append(i)
                    .append(" and x.ratedId = :b").append(i).append(" and x.listingId = :l")
                    .append(i).append(" and x.rating = :g").append(i)
                    .append(" and x.tradeCreatedAt > :f").append(i)
                    .append(" and x.tradeCreatedAt < :u").append(i).append(')');
        }
        TypedQuery<Object[]> q = em.createQuery("select x.id, x.raterId, x.ratedId,"
                + " x.ratedRole, x.listingId, x.rating, x.tradeCreatedAt from Evaluation x"
                + " where x.scored = true and x.deletedAt is null and x.removedAt is null"
                + " and (" + where + ")", Object[].class)
                .setFlushMode(FlushModeType.COMMIT);
        for (int i = 0; i < candidates.size(); i++) {
            Evaluation e = candidates.get(i);
            q.setParameter("a" + i, e.raterId()).setParameter("b" + i, e.ratedId())
                    .setParameter("l" + i, e.listingId()).setParameter("g" + i, e.rating())
                    .setParameter("f" + i, e.tradeCreatedAt().minusDays(days))
                    .setParameter("u" + i, e.tradeCreatedAt().plusDays(days));
        }
        return q.getResultStream()
                .map(r -> new ScoringPass.Goods((Long) r[0], (Long) r[1], (Long) r[2],
                        (CreditRole) r[3], (Long) r[4], (Rating) r[5], (OffsetDateTime) r[6]))
                .toList();
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
