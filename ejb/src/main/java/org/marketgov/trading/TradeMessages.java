package org.marketgov.trading;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marketgov.persistence.trading.MessageKind;
import org.marketgov.persistence.trading.TradeEventType;
import org.marketgov.persistence.trading.TradeMessage;
import org.marketgov.platform.InvalidInput;
import org.marketgov.platform.NotFound;
import org.marketgov.platform.RuleViolation;
import org.marketgov.security.Roles;
import org.marketgov.trading.TradeParties.Mine;
import org.marketgov.trading.TradeViews.MessageView;
import org.marketgov.trading.TradeViews.MessagesView;

/**
 * The data message boundary (RISK-6). A party sends offers, withdrawals, revocations
 * and acceptances on a trade; the other party marks each as read, which is when it
 * counts as received. Every message and every first reading is appended to the trade's
 * record (RISK-4), and the list of messages comes with what they mean under contract
 * law ({@link DataMessages}). The buyer opens a new trade from an offer whose
 * acceptance took effect through {@link TradingDesk#openTrade}, at the agreed price.
 */
@Stateless
@DeclareRoles({Roles.MEMBER, Roles.STAFF, Roles.AUDITOR})
public class TradeMessages {

    private static final Logger LOG = Logger.getLogger(TradeMessages.class.getName());

    @PersistenceContext(unitName = "market")
    private EntityManager em;

    @Resource
    private SessionContext caller;

    @Inject
    private Clock clock;

    @Inject
    private TradeParties parties;

    @Inject
    private TradeBook book;

    /** RISK-6: the calling party sends a message on their trade. */
    @RolesAllowed(Roles.MEMBER)
    public MessageView send(long tradeId, MessageForm form) {
        List<InvalidInput.FieldError> errors = TradingForms.checkMessage(form);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Mine mine = parties.mine(tradeId);
        MessageKind kind = TradingForms.messageKind(form.kind());
        Long offerId = kind.answersAnOffer() ? DataMessages.offerAnswered(kind, mine.side(),
                form.offerId(), facts(tradeId)) : null;

        OffsetDateTime now = now();
        TradeMessage message = new TradeMessage(new TradeMessage.Draft(tradeId, mine.side(),
                kind, offerId, form.price() == null ? null
                        : form.price().setScale(2, RoundingMode.UNNECESSARY),
                form.text().strip()), now);
        em.persist(message);
        em.flush();
        book.append(mine.trade(), TradeEventType.MESSAGE_SENT, me(), new TradeRecord.Payload()
                .with("messageId", message.id()).with("kind", kind).with("from", mine.side())
                .with("offerId", offerId).with("price", message.price())
                .with("text", message.text()), now);

        LOG.log(Level.INFO, "trade {0}: message {1} ({2}) sent",
                new Object[] {tradeId, message.id(), kind});
        return view(message);
    }

    /**
     * RISK-6: the recipient reads a message; the first reading is its time of receipt
     * and is recorded, later readings change nothing.
     */
    @RolesAllowed(Roles.MEMBER)
    public MessageView markRead(long tradeId, long messageId) {
        Mine mine = parties.mine(tradeId);
        TradeMessage message = em.find(TradeMessage.class, messageId);
        if (message == null || message.tradeId() != tradeId) {
            throw new NotFound("message " + messageId);
        }
        if (message.from() == mine.side()) {
            throw new RuleViolation("RISK-6",
                    "a message is received by the other party, not by its sender");
        }

        OffsetDateTime now = now();
        if (message.markRead(mine.side(), now)) {
            book.append(mine.trade(), TradeEventType.MESSAGE_READ, me(),
                    new TradeRecord.Payload().with("messageId", message.id())
                            .with("by", mine.side()), now);
            LOG.log(Level.INFO, "trade {0}: message {1} received",
                    new Object[] {tradeId, message.id()});
        }
        return view(message);
    }

    /** RISK-6: a trade's messages with the findings, for its parties and STAFF. */
    @RolesAllowed({Roles.MEMBER, Roles.STAFF})
    public MessagesView messages(long tradeId) {
        long id = parties.readable(tradeId, caller.isCallerInRole(Roles.STAFF)).id();
        List<TradeMessage> all = messagesOf(id);
        return new MessagesView(id, all.stream().map(TradeMessages::view).toList(),
                DataMessages.assess(all.stream().map(TradeBook::facts).toList()));
    }

    private List<TradeMessage> messagesOf(long tradeId) {
        return book.messagesOf(tradeId);
    }

    private List<DataMessages.Facts> facts(long tradeId) {
        return messagesOf(tradeId).stream().map(TradeBook::facts).toList();
    }

    private static MessageView view(TradeMessage m) {
        return new MessageView(m.id(), m.tradeId(), m.from(), m.kind(), m.refersTo(), m.price(),
                m.text(), m.sentAt(), m.readAt());
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
