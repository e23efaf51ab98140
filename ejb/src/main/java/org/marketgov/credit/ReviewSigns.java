package org.marketgov.credit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marketgov.credit.CreditViews.FlagPage;
import org.marketgov.credit.CreditViews.FlagView;
import org.marketgov.membership.MembershipDesk;
import org.marketgov.persistence.credit.CreditFlag;
import org.marketgov.persistence.credit.CreditRole;
import org.marketgov.persistence.credit.Evaluation;
import org.marketgov.persistence.credit.FlagKind;
import org.marketgov.persistence.credit.Rating;
import org.marketgov.platform.NotFound;

/**
 * CR-11: raises and lists the signs of credit speculation. A trade paid below the set
 * share of its listing's price is flagged and its window held; a member pair with more
 * trades in a month than the setting, and a seller whose latest scored praises came
 * mostly from young accounts, are flagged for review without holding anything.
 */
@Dependent
class ReviewSigns {

    private static final Logger LOG = Logger.getLogger(ReviewSigns.class.getName());

    @PersistenceContext(unitName = "market")
    private EntityManager em;

    @Inject
    private TradeFacts trades;

    @EJB
    private MembershipDesk membership;

    @Inject
    private Clock clock;

    void raise(TradeFacts.Fact t, String month, boolean underPriced, CreditTerms terms,
            OffsetDateTime now) {
        if (underPriced) {
            add(new CreditFlag.Sign(FlagKind.UNDER_PRICED, "UNDER_PRICED:" + t.id(), t.id(),
                    t.buyerId(), t.sellerId(), "paid " + t.unitPrice() + " for a listing priced "
                    + t.listPrice() + " when the trade opened"), now);
        }
        long pairTrades = trades.pairTradesIn(t.buyerId(), t.sellerId(), month, terms.zone());
        if (EvaluationRules.pairFlagged(pairTrades, terms.pairTradesPerMonth())) {
            long low = Math.min(t.buyerId(), t.sellerId());
            long high = Math.max(t.buyerId(), t.sellerId());
            String subject = "PAIR_TRADES:" + low + ":" + high + ":" + month;
            if (bySubject(subject) == null) {
                add(new CreditFlag.Sign(FlagKind.PAIR_TRADES, subject, t.id(), low, high,
                        pairTrades + " trades in " + month), now);
            }
        }
        em.flush();
    }

    /**
     * CR-11: called once praises to sellers have been scored. Only a praise from a young
     * account can tip a seller's share of young praise over the setting, so the praises
     * cost one look-up of their authors' registrations, and only a seller who received a
     * young one is looked at further.
     */
    void praised(List<Evaluation> praises, CreditTerms terms) {
        if (praises.isEmpty()) {
            return;
        }
        CreditTerms.YoungPraise setting = terms.youngPraise();
        Map<Long, OffsetDateTime> registered = membership.registeredAt(
                praises.stream().map(Evaluation::raterId).distinct().toList());
        praises.stream()
                .filter(p -> EvaluationRules.youngAccount(registered.get(p.raterId()),
                        p.submittedAt(), setting.accountDays()))
                .collect(Collectors.toMap(Evaluation::ratedId, p -> p, (a, b) -> a,
                        LinkedHashMap::new))
                .values()
                .forEach(p -> checkYoungPraise(p, terms));
    }

    /** CR-11: flags the seller of {@code praise} when young accounts gave most praise. */
    private void checkYoungPraise(Evaluation praise, CreditTerms terms) {
        CreditTerms.YoungPraise setting = terms.youngPraise();
        List<Object[]> latest = em.createQuery("select e.raterId, e.submittedAt"
                        + " from Evaluation e where e.ratedId = :seller and e.ratedRole = :role"
                        + " and e.rating = :praise and e.scored = true and e.deletedAt is null"
                        + " and e.removedAt is null order by e.visibleAt desc, e.id desc",
                        Object[].class)
                .setParameter("seller", praise.ratedId()).setParameter("role", CreditRole.SELLER)
                .setParameter("praise", Rating.PRAISE)
                .setMaxResults(setting.sample()).getResultList();
        Map<Long, OffsetDateTime> raters = membership.registeredAt(
                latest.stream().map(r -> (Long) r[0]).distinct().toList());
        int young = (int) latest.stream().filter(r -> EvaluationRules.youngAccount(
                raters.get((Long) r[0]), (OffsetDateTime) r[1], setting.accountDays())).count();

        if (EvaluationRules.youngPraiseFlagged(young, latest.size(), setting)) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            String month = YearMonth.from(now.atZoneSameInstant(terms.zone())).toString();
            String subject = "YOUNG_PRAISE:" + praise.ratedId() + ":" + month;
            if (bySubject(subject) == null) {
                add(new CreditFlag.Sign(FlagKind.YOUNG_PRAISE, subject, praise.tradeId(),
                        praise.ratedId(), null, young + " of the latest " + latest.size()
                        + " scored praises came from accounts under " + setting.accountDays()
                        + " days old"), now);
            }
        }
    }

    private void add(CreditFlag.Sign sign, OffsetDateTime now) {
        em.persist(new CreditFlag(sign, now));
        LOG.log(Level.INFO, "credit flag {0} raised", sign.subject());
    }

    private CreditFlag bySubject(String subject) {
        return em.createQuery("select f from CreditFlag f where f.subject = :s", CreditFlag.class)
                .setParameter("s", subject)
                .getResultStream().findFirst().orElse(null);
    }

    CreditFlag lock(long id) {
        CreditFlag f = em.find(CreditFlag.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (f == null) {
            throw new NotFound("flag " + id);
        }
        return f;
    }

    /** Open flags first, then the newest. */
    FlagPage page(boolean openOnly, int page, int size) {
        String where = openOnly ? " where f.clearedAt is null" : "";
        List<FlagView> items = em.createQuery("select f from CreditFlag f" + where
                        + " order by f.raisedAt desc, f.id desc", CreditFlag.class)
                .setFirstResult(page * size).setMaxResults(size)
                .getResultStream().map(ReviewSigns::view).toList();
        long total = em.createQuery("select count(f) from CreditFlag f" + where, Long.class)
                .getSingleResult();
        return new FlagPage(items, total);
    }

    static FlagView view(CreditFlag f) {
        return new FlagView(f.id(), f.kind(), f.tradeId(), f.memberId(), f.otherMemberId(),
                f.detail(), f.raisedAt(), f.clearedAt(), f.clearedBy());
    }
}
