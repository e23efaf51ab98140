package org.marketgov.credit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marketgov.persistence.credit.CreditProfile;
import org.marketgov.persistence.credit.CreditRole;
import org.marketgov.persistence.credit.EvaluationWindow;
import org.marketgov.persistence.trading.TradeStatus;
import org.marketgov.platform.Constraints;

/**
 * Creates the rows that several requests may want to create at the same moment: a
 * trade's evaluation window and a member's credit profile. Each creation runs in its
 * own short transaction; when two race, the unique key keeps one and the other simply
 * finds the row there, so callers can always lock the row afterwards.
 */
@Stateless
@PermitAll
public class Openings {

    private static final Logger LOG = Logger.getLogger(Openings.class.getName());

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    private TradeFacts trades;

    @Inject
    private EvaluationBook evaluations;

    @Inject
    private CreditBook credit;

    @Inject
    private CreditSettings settings;

    @Inject
    private ReviewSigns signs;

    /**
     * CR-3, CR-11: opens the window of a completed trade, holding it when the trade was
     * paid far below the listing price, and raises the review signs of the trade. The
     * profiles its evaluations will be about are opened too, so that revealing them only
     * has to lock rows that exist. Answers whether this call opened it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean openWindow(long tradeId) {
        if (evaluations.window(tradeId) != null) {
            return false;
        }
        TradeFacts.Fact t = trades.trade(tradeId);
        if (t.status() != TradeStatus.COMPLETED) {
            return false;
        }

        CreditTerms terms = settings.terms();
        String month = EvaluationRules.tradeMonth(t.createdAt(), terms.zone());
        boolean held = EvaluationRules.underPriced(t.unitPrice(), t.listPrice(),
                terms.underPricePercent());
        EvaluationWindow w = new EvaluationWindow(new EvaluationWindow.Trade(t.id(),
                t.buyerId(), t.sellerId(), t.listingId(), t.createdAt(), month,
                t.completedAt()), EvaluationRules.closesAt(t.completedAt(), terms.windowDays()),
                held);
        try {
            evaluations.addWindow(w);
            signs.raise(t, month, held, terms, OffsetDateTime.now(clock));
            Openings self = context.getBusinessObject(Openings.class);
            self.openProfile(t.sellerId(), CreditRole.SELLER);
            self.openProfile(t.buyerId(), CreditRole.BUYER);
        } catch (PersistenceException e) {
            if (!Constraints.violated(e)) {
                throw e;
            }
            LOG.log(Level.FINE, "window of trade {0} was opened by another request", tradeId);
            return false;
        }
        LOG.log(Level.INFO, "evaluation window of trade {0} opened", tradeId);
        return true;
    }

    /** CR-10: creates a member's profile in a role, starting at 0, unless it exists. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void openProfile(long memberId, CreditRole role) {
        if (credit.profile(memberId, role) != null) {
            return;
        }
        try {
            credit.addProfile(new CreditProfile(memberId, role));
        } catch (PersistenceException e) {
            if (!Constraints.violated(e)) {
                throw e;
            }
            LOG.log(Level.FINE, "profile of member {0} was opened by another request", memberId);
        }
    }
}
