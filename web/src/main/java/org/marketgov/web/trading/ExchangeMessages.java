package org.marketgov.web.trading;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.marketgov.persistence.trading.MessageKind;
import org.marketgov.trading.DataMessages.Finding;
import org.marketgov.trading.MessageForm;
import org.marketgov.trading.TradeMessages;
import org.marketgov.trading.TradeViews.MessageView;
import org.marketgov.trading.TradeViews.MessagesView;

/**
 * The data messages of one trade as its party exchanges them (RISK-6): offers,
 * withdrawals, revocations and acceptances with their sent and read times, marking the
 * other party's messages as read (their time of receipt), and what the record says,
 * such as whether a withdrawal was received before its offer was read. It works on the
 * trade that {@link FollowTrade} loaded for the same page.
 */
@Named
@ViewScoped
public class ExchangeMessages implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TradeMessages messages;

    @Inject
    private FollowTrade page;

    @Inject
    private TradingNotices notices;

    private MessagesView exchanged;
    private MessageKind kind = MessageKind.OFFER;
    private BigDecimal price;
    private String text;
    private Long offerId;

    /** Loads the messages of the trade the page shows, once the trade itself loaded. */
    public void load() {
        exchanged = null;
        if (page.getTrade() != null) {
            notices.attempt(() -> exchanged = messages.messages(page.getId()));
        }
    }

    /** RISK-6: sends the message described by the form. */
    public void send() {
        MessageForm form = new MessageForm(kind.name(), price, text, offerId);
        MessageView[] sent = new MessageView[1];
        if (notices.attempt(() -> sent[0] = messages.send(page.getId(), form))) {
            notices.done("message.sent", sent[0].id());
            price = null;
            text = null;
            offerId = null;
            load();
        }
    }

    /** RISK-6: the caller receives one of the other party's messages. */
    public void markRead(long messageId) {
        if (notices.attempt(() -> messages.markRead(page.getId(), messageId))) {
            notices.done("message.read", messageId);
            load();
        }
    }

    /** Whether the caller may mark this message read: it came from the other party. */
    public boolean mayMarkRead(MessageView m) {
        return m.readAt() == null && page.getTrade() != null
                && m.from() != page.getTrade().disclosure().mySide();
    }

    public List<MessageView> getItems() {
        return exchanged == null ? List.of() : exchanged.items();
    }

    /** RISK-6: what each withdrawal, revocation and acceptance meant, from the record. */
    public List<Finding> getFindings() {
        return exchanged == null ? List.of() : exchanged.findings();
    }

    public MessageKind[] getKinds() {
        return MessageKind.values();
    }

    public MessageKind getKind() {
        return kind;
    }

    public void setKind(MessageKind kind) {
        this.kind = kind;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getOfferId() {
        return offerId;
    }

    public void setOfferId(Long offerId) {
        this.offerId = offerId;
    }
}
