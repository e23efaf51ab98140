package org.marketgov.credit;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.marketgov.persistence.trading.Listing;
import org.marketgov.persistence.trading.Party;
import org.marketgov.persistence.trading.Trade;
import org.marketgov.persistence.trading.TradeStatus;
import org.marketgov.platform.NotFound;

/**
 * The facts of trades that the credit rules need, read without changing anything.
 *
 * <p>Limitation: these reads go to the trading tables directly rather than through
 * {@code TradingDesk}, because the trading boundary offers no read of completed trades
 * for the site itself (its reads check the calling member); a system-level query on the
 * trading boundary should replace them.
 */
@Dependent
class TradeFacts {

    @PersistenceContext(unitName = "market")
    private EntityManager em;

    /**
     * A trade as the credit system sees it, with the price its listing had when the
     * trade opened (CR-11).
     */
    record Fact(long id, long listingId, long buyerId, long sellerId, TradeStatus status,
            OffsetDateTime createdAt, OffsetDateTime completedAt, BigDecimal unitPrice,
            BigDecimal listPrice) {

        Party sideOf(long memberId) {
            if (memberId == buyerId) {
                return Party.BUYER;
            }
            return memberId == sellerId ? Party.SELLER : null;
        }
    }

    Fact trade(long id) {
        Trade t = em.find(Trade.class, id);
        if (t == null) {
            throw new NotFound("trade " + id);
        }
        return new Fact(t.id(), t.listingId(), t.buyerId(), t.sellerId(), t.status(),
                t.createdAt(), t.completedAt(), t.unitPrice(), listPrice(t));
    }

    /**
     * CR-11: the list price the trade opened with; a row written without one falls back
     * to the listing's price now.
     */
    private BigDecimal listPrice(Trade t) {
        if (t.listPrice() != null) {
            return t.listPrice();
        }
        Listing listing = em.find(Listing.class, t.listingId());
        return listing == null ? null : listing.price();
    }

    /**
     * Up to {@code max} trades completed by {@code now} that have no evaluation window
     * yet, oldest completion first, after {@code after} in that order (from the first
     * when null).
     */
    List<Backlog.Mark> completedWithoutWindow(OffsetDateTime now, Backlog.Mark after,
            int max) {
        String past = after == null ? ""
                : " and (t.completedAt > :at or (t.completedAt = :at and t.id > :id))";
        TypedQuery<Object[]> q = em.createQuery("select t.completedAt, t.id from Trade t"
                        + " where t.status = :done and t.completedAt <= :now" + past
                        + " and not exists (select w.tradeId from EvaluationWindow w"
                        + " where w.tradeId = t.id) order by t.completedAt, t.id", Object[].class)
                .setParameter("done", TradeStatus.COMPLETED)
                .setParameter("now", now);
        if (after != null) {
            q.setParameter("at", after.at()).setParameter("id", after.id());
        }
        return q.setMaxResults(max).getResultStream()
                .map(r -> new Backlog.Mark((OffsetDateTime) r[0], (Long) r[1]))
                .toList();
    }

    /** CR-11: trades between two members, either way round, created in one natural month. */
    long pairTradesIn(long a, long b, String month, ZoneId zone) {
        YearMonth m = YearMonth.parse(month);
        OffsetDateTime from = m.atDay(1).atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = m.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime();
        return em.createQuery("select count(t) from Trade t where ((t.buyerId = :a and"
                        + " t.sellerId = :b) or (t.buyerId = :b and t.sellerId = :a))"
                        + " and t.createdAt >= :from and t.createdAt < :to", Long.class)
                .setParameter("a", a).setParameter("b", b)
                .setParameter("from", from).setParameter("to", to)
                .getSingleResult();
    }
}
