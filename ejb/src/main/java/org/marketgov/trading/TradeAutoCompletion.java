package org.marketgov.trading;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.marketgov.persistence.trading.Trade;
import org.marketgov.persistence.trading.TradeAction;
import org.marketgov.persistence.trading.TradeEventType;
import org.marketgov.persistence.trading.TradeStatus;
import org.marketgov.platform.ScheduledJob;
import org.marketgov.platform.SettingKey;
import org.marketgov.platform.SiteSettings;

/**
 * RISK-3: completes shipped trades whose buyer has not confirmed receipt within the
 * site's number of days after shipment. Each trade completes in its own transaction,
 * and is checked again inside it, so a run can be repeated, can race a buyer's own
 * confirmation, or run on several instances at once: a trade completes once, and a
 * trade that lost a race is simply left for what already happened to it.
 */
@Stateless
@LocalBean
@Local(ScheduledJob.class)
@PermitAll
public class TradeAutoCompletion implements ScheduledJob {

    private static final Logger LOG = Logger.getLogger(TradeAutoCompletion.class.getName());

    /** The actor named in the record when the site itself acts. */
    static final String SITE = "site";

    @Resource
    private SessionContext context;

    @EJB
    private SiteSettings settings;

    @Inject
    private TradeBook book;

    @Override
    public String name() {
        return "trade-auto-completion";
    }

    /** Finds the due trades outside a transaction; each completes in its own. */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int runDue(Instant now) {
        int days = settings.number(SettingKey.AUTO_COMPLETE_DAYS);
        List<Long> due = book.shippedBy(OffsetDateTime.ofInstant(now, ZoneOffset.UTC)
                .minusDays(days));

        int completed = 0;
        TradeAutoCompletion self = context.getBusinessObject(TradeAutoCompletion.class);
        for (long tradeId : due) {
            try {
                completed += self.complete(tradeId, now) ? 1 : 0;
            } catch (EJBException e) {
                warnNotCompleted(tradeId, e);
            }
        }
        return completed;
    }

    private static void warnNotCompleted(long tradeId, EJBException e) {
        LogRecord failure = new LogRecord(Level.WARNING,
                "trade {0} was not completed automatically; the next run tries again");
        failure.setLoggerName(LOG.getName());
        failure.setParameters(new Object[] {tradeId});
        failure.setThrown(e);
        LOG.log(failure);
    }

    /** Completes one trade if it is still shipped and its time is up; answers whether it did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean complete(long tradeId, Instant now) {
        Trade trade = book.trade(tradeId);
        int days = settings.number(SettingKey.AUTO_COMPLETE_DAYS);
        if (trade.status() != TradeStatus.SHIPPED
                || !TradeRules.autoCompletionDue(trade.shippedAt(), days, Clock.fixed(now,
                        ZoneOffset.UTC))) {
            return false;
        }
        TradeLifecycle.require(trade.status(), TradeAction.AUTO_COMPLETE, null);

        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MILLIS);
        trade.completeAutomatically(at);
        book.append(trade, TradeEventType.AUTO_COMPLETED, SITE, new TradeRecord.Payload()
                .with("shippedAt", trade.shippedAt()).with("days", days), at);

        LOG.log(Level.INFO, "trade {0} completed automatically", trade.id());
        return true;
    }
}
