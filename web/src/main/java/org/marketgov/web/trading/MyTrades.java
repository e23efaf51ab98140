package org.marketgov.web.trading;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.marketgov.persistence.trading.Party;
import org.marketgov.persistence.trading.TradeStatus;
import org.marketgov.trading.TradeSearch;
import org.marketgov.trading.TradeViews.TradeView;
import org.marketgov.trading.TradingDesk;
import org.marketgov.web.platform.PagedModel;

/**
 * The member's own trades as buyer, seller or both, newest first, with the next step
 * each side may take (RISK-3): the buyer pays and confirms receipt, the seller ships
 * (on the trade's page, which asks for the tracking number), and either cancels
 * before shipment. Which buttons show follows the trade's status; the boundary decides.
 */
@Named
@ViewScoped
public class MyTrades implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TradeSearch search;

    @EJB
    private TradingDesk desk;

    @Inject
    private TradingNotices notices;

    private Party side;
    private TradeStatus status;
    private final PagedModel<TradeView> trades = new PagedModel<>(this::page, TradeView::id);

    private PagedModel.Slice<TradeView> page(int page, int size) {
        var found = search.myTrades(side, status, page, size);
        return new PagedModel.Slice<>(found.items(), found.total());
    }

    public void pay(TradeView t) {
        if (notices.attempt(() -> desk.pay(t.id()))) {
            notices.done("trades.paid", t.id());
        }
    }

    public void confirmReceipt(TradeView t) {
        if (notices.attempt(() -> desk.confirmReceipt(t.id()))) {
            notices.done("trades.received", t.id());
        }
    }

    public void cancel(TradeView t) {
        if (notices.attempt(() -> desk.cancel(t.id()))) {
            notices.done("trades.cancelled", t.id());
        }
    }

    /** Whether the caller is the buyer of a listed trade. */
    public boolean isBuyerOf(TradeView t) {
        return t.disclosure() != null && t.disclosure().mySide() == Party.BUYER;
    }

    public Party[] getSides() {
        return Party.values();
    }

    public TradeStatus[] getStatuses() {
        return TradeStatus.values();
    }

    public PagedModel<TradeView> getTrades() {
        return trades;
    }

    public Party getSide() {
        return side;
    }

    public void setSide(Party side) {
        this.side = side;
    }

    public TradeStatus getStatus() {
        return status;
    }

    public void setStatus(TradeStatus status) {
        this.status = status;
    }
}
