package org.marketgov.trading;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.marketgov.membership.MembershipDesk;
import org.marketgov.persistence.trading.Party;
import org.marketgov.persistence.trading.Trade;
import org.marketgov.platform.NotFound;

/**
 * Finds a trade for the calling member and the side they are on. A trade the member
 * is no party to is reported as not found, exactly as one that does not exist, so a
 * member cannot probe for other members' trades.
 */
@Dependent
class TradeParties {

    @EJB
    private MembershipDesk membership;

    @Inject
    private TradeBook book;

    /** A trade of the calling member, the side they are on and their member id. */
    record Mine(Trade trade, Party side, long memberId) {
    }

    Mine mine(long tradeId) {
        Trade trade = book.trade(tradeId);
        long me = membership.myTradingStanding().memberId();
        Party side = trade.sideOf(me);
        if (side == null) {
            throw new NotFound("trade " + tradeId);
        }
        return new Mine(trade, side, me);
    }

    /** A trade for a party, or for STAFF ({@code staff} true) any trade. */
    Trade readable(long tradeId, boolean staff) {
        return staff ? book.trade(tradeId) : mine(tradeId).trade();
    }
}
