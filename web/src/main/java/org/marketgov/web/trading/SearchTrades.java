package org.marketgov.web.trading;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.marketgov.persistence.trading.TradeStatus;
import org.marketgov.trading.TradeSearch;
import org.marketgov.trading.TradeViews.TradeRecordView;
import org.marketgov.trading.TradeViews.TradeView;
import org.marketgov.trading.TradingDesk;
import org.marketgov.web.platform.PagedModel;

/**
 * STAFF searches all trades by member and status, newest first, and opens a trade's
 * record to see its timeline and whether its hash chain is intact (RISK-4).
 */
@Named
@ViewScoped
public class SearchTrades implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TradeSearch search;

    @EJB
    private TradingDesk desk;

    @Inject
    private TradingNotices notices;

    private Long memberId;
    private TradeStatus status;
    private TradeRecordView record;
    private final PagedModel<TradeView> trades = new PagedModel<>(this::page, TradeView::id);

    private PagedModel.Slice<TradeView> page(int page, int size) {
        var found = search.search(memberId, status, page, size);
        return new PagedModel.Slice<>(found.items(), found.total());
    }

    public void showRecord(TradeView t) {
        notices.attempt(() -> record = desk.record(t.id()));
    }

    public TradeStatus[] getStatuses() {
        return TradeStatus.values();
    }

    public PagedModel<TradeView> getTrades() {
        return trades;
    }

    public TradeRecordView getRecord() {
        return record;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public TradeStatus getStatus() {
        return status;
    }

    public void setStatus(TradeStatus status) {
        this.status = status;
    }
}
