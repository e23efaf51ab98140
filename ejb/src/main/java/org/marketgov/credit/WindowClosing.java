package org.marketgov.credit;

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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.marketgov.persistence.credit.Evaluation;
import org.marketgov.persistence.credit.EvaluationWindow;
import org.marketgov.persistence.credit.Rating;
import org.marketgov.persistence.credit.RatingDetails;
import org.marketgov.persistence.trading.Party;
import org.marketgov.platform.ScheduledJob;

/**
 * CR-3, CR-4, CR-5: the scheduled job that opens the evaluation windows of newly
 * completed trades and ends the windows whose time is up. Ending a window records a
 * default praise for each side that stayed silent, reveals the trade's evaluations and
 * scores them.
 *
 * <p>Windows end a hundred to a transaction, under their row locks taken in trade order,
 * and only if they are still open then: a repeated run, a run racing a party's last
 * submission, or runs on two server instances at once end each window exactly once; the
 * loser finds it closed and leaves it. A window's evaluations become visible when the
 * job ends it, which is when a reader can first see them, and they are scored in that
 * order (see {@link Scorer}).
 *
 * <p>A run works through the whole backlog, 500 windows per query, so a clock advance
 * answers only when every window that became due has ended. When a group of windows
 * fails, each of them is tried alone; one that fails alone is skipped for the rest of
 * the run and tried again by the next, so one bad window neither stops the others nor
 * keeps a run going forever.
 *
 * <p>Limitation: finding completed trades without a window scans the completed trades;
 * a completion event from trading would avoid that scan.
 *
 * <p>Limitation: while a long backlog is worked through, the next timer runs of all
 * scheduled jobs wait for this run to finish.
 */
@Stateless
@LocalBean
@Local(ScheduledJob.class)
@PermitAll
public class WindowClosing implements ScheduledJob {

    private static final Logger LOG = Logger.getLogger(WindowClosing.class.getName());

    /** How many windows one query fetches; a run goes on fetching until none are left. */
    private static final int BATCH = 500;

    /** How many windows end in one transaction. */
    private static final int PER_TRANSACTION = 100;

    @Resource
    private SessionContext context;

    @EJB
    private Openings openings;

    @Inject
    private TradeFacts trades;

    @Inject
    private EvaluationBook evaluations;

    @Inject
    private Scorer scorer;

    @Inject
    private CreditSettings settings;

    @Override
    public String name() {
        return "evaluation-window-closing";
    }

    /**
     * Opens every window that is missing and ends every window that is due, batch after
     * batch, until none remain. It runs outside any transaction of its own, so a long
     * backlog does not hold one open; each window is opened in its own, and windows end
     * in groups.
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int runDue(Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        Backlog.drain((after, max) -> trades.completedWithoutWindow(at, after, max), BATCH,
                this::open);

        WindowClosing self = context.getBusinessObject(WindowClosing.class);
        return Backlog.drainInBatches((after, max) -> evaluations.dueWindows(at, after, max),
                BATCH, tradeIds -> closeAll(self, tradeIds, now));
    }

    private boolean open(long tradeId) {
        try {
            return openings.openWindow(tradeId);
        } catch (EJBException e) {
            warn("evaluation window of trade {0} was not opened; the next run tries again",
                    tradeId, e);
            return false;
        }
    }

    /**
     * Ends the due windows among {@code tradeIds}, a group at a time; when a group fails,
     * its windows are tried one by one so that only the failing one waits for the next run.
     */
    private static int closeAll(WindowClosing self, List<Long> tradeIds, Instant now) {
        int done = 0;
        for (int from = 0; from < tradeIds.size(); from += PER_TRANSACTION) {
            List<Long> group = tradeIds.subList(from,
                    Math.min(from + PER_TRANSACTION, tradeIds.size()));
            try {
                done += self.close(group, now);
            } catch (EJBException groupFailed) {
                for (long tradeId : group) {
                    done += closeAlone(self, tradeId, now);
                }
            }
        }
        return done;
    }

    private static int closeAlone(WindowClosing self, long tradeId, Instant now) {
        try {
            return self.close(List.of(tradeId), now);
        } catch (EJBException e) {
            warn("evaluation window of trade {0} was not closed; the next run tries again",
                    tradeId, e);
            return 0;
        }
    }

    /**
     * Ends those windows of {@code tradeIds} that are still open and whose time is up, in
     * one transaction; answers how many it ended.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int close(List<Long> tradeIds, Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        List<EvaluationWindow> windows = evaluations.lockDueWindows(tradeIds, at);
        if (windows.isEmpty()) {
            return 0;
        }
        CreditTerms terms = settings.terms();

        List<Evaluation> all = new ArrayList<>(evaluations.ofTrades(
                windows.stream().map(EvaluationWindow::tradeId).toList()));
        for (EvaluationWindow w : windows) {
            for (Party side : Party.values()) {
                if (all.stream().noneMatch(e -> e.tradeId() == w.tradeId() && e.side() == side)) {
                    Evaluation praise = new Evaluation(EvaluationBook.subject(w, side),
                            new Evaluation.Opinion(Rating.PRAISE, null, RatingDetails.Marks.NONE),
                            true, w.closesAt());
                    evaluations.addDefault(praise);
                    all.add(praise);
                }
            }
        }
        scorer.reveal(windows, all, at, terms);

        LOG.log(Level.INFO, "{0} evaluation windows ended", windows.size());
        return windows.size();
    }

    private static void warn(String message, long tradeId, EJBException e) {
        LogRecord failure = new LogRecord(Level.WARNING, message);
        failure.setLoggerName(LOG.getName());
        failure.setParameters(new Object[] {tradeId});
        failure.setThrown(e);
        LOG.log(failure);
    }
}
