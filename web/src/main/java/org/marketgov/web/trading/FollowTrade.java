package org.marketgov.web.trading;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.marketgov.membership.MemberViews.PublicIdentity;
import org.marketgov.persistence.trading.Party;
import org.marketgov.persistence.trading.TradeStatus;
import org.marketgov.trading.PrintableRecord;
import org.marketgov.trading.ShipmentForm;
import org.marketgov.trading.TradeContracts;
import org.marketgov.trading.TradeViews.ContractView;
import org.marketgov.trading.TradeViews.TradeRecordView;
import org.marketgov.trading.TradeViews.TradeView;
import org.marketgov.trading.TradingDesk;

/**
 * One trade as its party follows it: who the other party is (RISK-1, with a caution
 * when unverified), the next step of the lifecycle (RISK-3), the contract to read and
 * sign (RISK-5), and the hash-chained timeline, downloadable as evidence (RISK-4).
 */
@Named
@ViewScoped
public class FollowTrade implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TradingDesk desk;

    @EJB
    private TradeContracts contracts;

    @Inject
    private TradingNotices notices;

    private Long id;
    private TradeView trade;
    private TradeRecordView record;
    private ContractView contract;
    private String carrier;
    private String trackingNumber;

    /** Loads the trade named by the page's {@code id} parameter. */
    public void load() {
        if (id == null || !notices.attempt(() -> trade = desk.trade(id))) {
            trade = null;
            return;
        }
        record = desk.record(id);
        contract = contracts.contract(id);
    }

    public void sign() {
        act(() -> contracts.sign(id), "trade.signed");
    }

    public void pay() {
        act(() -> desk.pay(id), "trades.paid");
    }

    public void ship() {
        act(() -> desk.ship(id, new ShipmentForm(carrier, trackingNumber)), "trades.shipped");
    }

    public void confirmReceipt() {
        act(() -> desk.confirmReceipt(id), "trades.received");
    }

    public void cancel() {
        act(() -> desk.cancel(id), "trades.cancelled");
    }

    private void act(Runnable action, String doneKey) {
        if (notices.attempt(action)) {
            notices.done(doneKey, id);
            load();
        }
    }

    /** RISK-4: sends the record as a print-ready HTML file. */
    public void download() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext out = faces.getExternalContext();
        byte[] html = PrintableRecord.html(desk.record(id)).getBytes(StandardCharsets.UTF_8);
        out.responseReset();
        out.setResponseContentType("text/html; charset=UTF-8");
        out.setResponseHeader("Content-Disposition",
                "attachment; filename=\"trade-" + id + "-record.html\"");
        try {
            out.getResponseOutputStream().write(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public boolean isBuyer() {
        return trade != null && trade.disclosure().mySide() == Party.BUYER;
    }

    public boolean isMaySign() {
        Party me = trade == null ? null : trade.disclosure().mySide();
        return me != null && trade.status() != TradeStatus.CANCELLED
                && contract.signatures().stream().noneMatch(s -> s.party() == me);
    }

    public boolean isCancellable() {
        return trade != null && (trade.status() == TradeStatus.CREATED
                || trade.status() == TradeStatus.PAID);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TradeView getTrade() {
        return trade;
    }

    /** RISK-1: the other party as disclosed to the caller. */
    public PublicIdentity getOther() {
        return trade == null ? null : trade.disclosure().counterparty();
    }

    public TradeRecordView getRecord() {
        return record;
    }

    public ContractView getContract() {
        return contract;
    }

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }
}
