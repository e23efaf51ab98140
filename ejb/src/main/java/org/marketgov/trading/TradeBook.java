package org.marketgov.trading;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import org.marketgov.persistence.trading.Listing;
import org.marketgov.persistence.trading.Trade;
import org.marketgov.persistence.trading.TradeEvent;
import org.marketgov.persistence.trading.TradeEventType;
import org.marketgov.persistence.trading.TradeMessage;
import org.marketgov.persistence.trading.TradeStatus;
import org.marketgov.platform.NotFound;
import org.marketgov.trading.TradeViews.ListingView;
import org.marketgov.trading.TradeViews.TradeView;

/**
 * The books behind {@link TradingDesk}: finding and storing listings and trades,
 * appending to each trade's record, and the views handed out. It checks no roles
 * itself; it is reached only through the trading beans, which have.
 */
@Dependent
class TradeBook {

    @PersistenceContext(unitName = "market")
    private EntityManager em;

    Listing listing(long id) {
        Listing listing = em.find(Listing.class, id);
        if (listing == null) {
            throw new NotFound("listing " + id);
        }
        return listing;
    }

    /**
     * Re-reads a listing with a row lock, so that buyers of a limited stock queue up
     * instead of selling the same unit twice.
     */
    void lockStock(Listing listing) {
        em.refresh(listing, LockModeType.PESSIMISTIC_WRITE);
    }

    Trade trade(long id) {
        Trade trade = em.find(Trade.class, id);
        if (trade == null) {
            throw new NotFound("trade " + id);
        }
        return trade;
    }

    /** Re-reads a trade with a row lock, so that its offers are taken up one at a time. */
    void lockTrade(Trade trade) {
        em.refresh(trade, LockModeType.PESSIMISTIC_WRITE);
    }

    TradeMessage message(long id) {
        TradeMessage message = em.find(TradeMessage.class, id);
        if (message == null) {
            throw new NotFound("message " + id);
        }
        return message;
    }

    /** RISK-6: a trade's data messages in the order they were sent. */
    List<TradeMessage> messagesOf(long tradeId) {
        return em.createQuery("select m from TradeMessage m where m.tradeId = :t"
                        + " order by m.sentAt, m.id", TradeMessage.class)
                .setParameter("t", tradeId).getResultList();
    }

    /** RISK-6: the trade already opened from an offer, or null. */
    Long tradeFromOffer(long offerId) {
        return em.createQuery("select t.id from Trade t where t.offerId = :o", Long.class)
                .setParameter("o", offerId).getResultStream().findFirst().orElse(null);
    }

    static DataMessages.Facts facts(TradeMessage m) {
        return new DataMessages.Facts(m.id(), m.from(), m.kind(), m.refersTo(), m.sentAt(),
                m.readAt());
    }

    void add(Object listingOrTrade) {
        em.persist(listingOrTrade);
        em.flush();
    }

    /** RISK-4: appends the next entry to a trade's record, chained to the one before. */
    void append(Trade trade, TradeEventType type, String actor, TradeRecord.Payload payload,
            OffsetDateTime at) {
        TradeEvent last = em.createQuery("select e from TradeEvent e where e.tradeId = :t"
                        + " order by e.sequence desc", TradeEvent.class)
                .setParameter("t", trade.id())
                .setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
        int sequence = last == null ? 1 : last.sequence() + 1;
        String prevHash = last == null ? TradeEvent.GENESIS : last.hash();
        TradeEvent event = new TradeEvent(trade.id(), sequence, type, at, actor,
                payload.toString(), prevHash);
        em.persist(event);
        trade.extendRecord(sequence, event.hash());
        em.flush();
    }

    List<TradeEvent> events(long tradeId) {
        return em.createQuery("select e from TradeEvent e where e.tradeId = :t"
                        + " order by e.sequence", TradeEvent.class)
                .setParameter("t", tradeId)
                .getResultList();
    }

    /** MEM-5: the trades of a member, on either side, that are not yet finished. */
    List<Trade> openTradesOf(long memberId) {
        return em.createQuery("select t from Trade t where (t.buyerId = :m or t.sellerId = :m)"
                        + " and t.status in :open order by t.id", Trade.class)
                .setParameter("m", memberId)
                .setParameter("open", List.of(TradeStatus.CREATED, TradeStatus.PAID,
                        TradeStatus.SHIPPED))
                .getResultList();
    }

    /** RISK-3: shipped trades whose shipment is at or before {@code shippedBy}. */
    List<Long> shippedBy(OffsetDateTime shippedBy) {
        return em.createQuery("select t.id from Trade t where t.status = :s"
                        + " and t.shippedAt <= :by order by t.shippedAt, t.id", Long.class)
                .setParameter("s", TradeStatus.SHIPPED)
                .setParameter("by", shippedBy)
                .getResultList();
    }

    static ListingView view(Listing l) {
        return new ListingView(l.id(), l.sellerId(), l.title(), l.description(), l.section(),
                l.price(), l.stock(), l.status(), l.createdAt());
    }

    static TradeView view(Trade t, int autoCompleteDays) {
        OffsetDateTime autoCompletesAt = t.status() == TradeStatus.SHIPPED
                ? TradeRules.autoCompletesAt(t.shippedAt(), autoCompleteDays) : null;
        return new TradeView(t.id(), t.listingId(), t.title(), t.buyerId(), t.sellerId(),
                t.quantity(), t.unitPrice(), t.amount(), t.paymentMethod(), t.status(),
                t.createdAt(), t.paidAt(), t.shippedAt(), t.carrier(), t.trackingNumber(),
                autoCompletesAt, t.completedAt(), t.completedAutomatically(), t.cancelledAt(),
                t.cancelledBy(), null);
    }
}
