package org.marketgov.web.trading;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.marketgov.membership.MemberViews.PublicIdentity;
import org.marketgov.membership.MembershipDesk;
import org.marketgov.trading.PrintableRecord;
import org.marketgov.trading.TradeContracts;
import org.marketgov.trading.TradeMessages;
import org.marketgov.trading.TradeViews.ContractView;
import org.marketgov.trading.TradeViews.MessagesView;
import org.marketgov.trading.TradeViews.TradeRecordView;
import org.marketgov.trading.TradeViews.TradeView;
import org.marketgov.trading.TradingDesk;

/**
 * One trade as STAFF inspects it, for example while mediating a complaint: its facts,
 * both parties as they are disclosed to each other (RISK-1), the contract with its
 * signatures (RISK-5), the data messages with their findings (RISK-6) and the
 * hash-chained record, downloadable as print-ready HTML or as JSON (RISK-4). STAFF
 * only reads here; the parties act on their own page.
 */
@Named
@ViewScoped
public class InspectTrade implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The record's JSON has the shape of the partner API's: absent values as null. */
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    @EJB
    private TradingDesk desk;

    @EJB
    private TradeContracts contracts;

    @EJB
    private TradeMessages messages;

    @EJB
    private MembershipDesk membership;

    @Inject
    private TradingNotices notices;

    private Long id;
    private TradeView trade;
    private PublicIdentity buyer;
    private PublicIdentity seller;
    private ContractView contract;
    private MessagesView exchanged;
    private TradeRecordView record;

    /** Loads the trade named by the page's {@code id} parameter. */
    public void load() {
        if (id == null || !notices.attempt(() -> trade = desk.trade(id))) {
            trade = null;
            return;
        }
        buyer = membership.publicIdentity(trade.buyerId());
        seller = membership.publicIdentity(trade.sellerId());
        contract = contracts.contract(id);
        exchanged = messages.messages(id);
        record = desk.record(id);
    }

    /** RISK-4: sends the record as a print-ready HTML file. */
    public void downloadHtml() {
        send(PrintableRecord.html(desk.record(id)), "text/html", "html");
    }

    /** RISK-4: sends the record as JSON, the form a verifier checks the chain with. */
    public void downloadJson() {
        send(JSON.toJson(desk.record(id)), "application/json", "json");
    }

    private void send(String body, String type, String extension) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext out = faces.getExternalContext();
        out.responseReset();
        out.setResponseContentType(type + "; charset=UTF-8");
        out.setResponseHeader("Content-Disposition",
                "attachment; filename=\"trade-" + id + "-record." + extension + "\"");
        try {
            out.getResponseOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
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

    public PublicIdentity getBuyer() {
        return buyer;
    }

    public PublicIdentity getSeller() {
        return seller;
    }

    public ContractView getContract() {
        return contract;
    }

    public MessagesView getMessages() {
        return exchanged;
    }

    public TradeRecordView getRecord() {
        return record;
    }
}
