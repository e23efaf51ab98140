package org.marketgov.credit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marketgov.credit.CreditViews.CreditSummary;
import org.marketgov.credit.CreditViews.EvaluationReceipt;
import org.marketgov.credit.CreditViews.EvaluationView;
import org.marketgov.membership.MembershipDesk;
import org.marketgov.persistence.credit.ChangeKind;
import org.marketgov.persistence.credit.Evaluation;
import org.marketgov.persistence.credit.EvaluationChange;
import org.marketgov.persistence.credit.EvaluationWindow;
import org.marketgov.persistence.credit.Rating;
import org.marketgov.persistence.trading.Party;
import org.marketgov.platform.InvalidInput;
import org.marketgov.platform.NotFound;
import org.marketgov.security.Roles;

/**
 * The credit boundary for members (CR-1..10). A member acts as themselves: the side
 * they are on is found from their principal, and a trade or evaluation they may not
 * see is reported as not found.
 *
 * <p>Submissions of one trade take turns on the window's row lock; the unique key on
 * trade and side is what refuses a second evaluation by the same side (CR-1), so two
 * submissions at once yield exactly one. The submission that completes the pair closes
 * the window and reveals and scores both (CR-4). STAFF work (removal, review flags) is
 * in {@link CreditReview}.
 */
@Stateless
@DeclareRoles({Roles.MEMBER, Roles.STAFF, Roles.AUDITOR})
public class CreditLedger {

    private static final Logger LOG = Logger.getLogger(CreditLedger.class.getName());

    @Resource
    private SessionContext caller;

    @Inject
    private Clock clock;

    @EJB
    private MembershipDesk membership;

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

    @Inject
    private CreditProfiles profiles;

    /**
     * CR-1, CR-3, CR-4: a party evaluates the other side of a completed trade, once,
     * within the window. The evaluation stays sealed until the other side has evaluated
     * too; then both become visible and are scored.
     */
    @RolesAllowed(Roles.MEMBER)
    public EvaluationReceipt submit(long tradeId, EvaluationForm form) {
        TradeFacts.Fact trade = trades.trade(tradeId);
        Party side = trade.sideOf(me());
        if (side == null) {
            throw new NotFound("trade " + tradeId);
        }
        requireValid(EvaluationForms.check(form, side));
        EvaluationRules.requireCompleted(trade.status());
        CreditTerms terms = settings.terms();
        EvaluationRules.requireWindowOpen(EvaluationRules.closesAt(trade.completedAt(),
                terms.windowDays()), clock);

        EvaluationWindow w = openedWindow(tradeId);
        EvaluationRules.requireWindowOpen(w.closesAt(), clock);
        OffsetDateTime now = now();
        Evaluation e = new Evaluation(EvaluationBook.subject(w, side), new Evaluation.Opinion(
                EvaluationForms.rating(form.rating()), EvaluationForms.text(form.comment()),
                EvaluationForms.marks(form.details())), false, now);
        evaluations.add(e);

        List<Evaluation> both = evaluations.ofTrade(tradeId);
        if (both.size() == Party.values().length) {
            scorer.reveal(List.of(w), both, now, terms);
            LOG.log(Level.INFO, "evaluations of trade {0} revealed", tradeId);
        }
        LOG.log(Level.INFO, "evaluation {0} of trade {1} submitted by the {2}",
                new Object[] {e.id(), tradeId, side});
        return new EvaluationReceipt(e.id(), e.rating(), e.isVisible());
    }

    /**
     * The window of a completed trade, locked; opened first if the closing job has not
     * opened it yet. Opening may lose a race with another opening of a review flag; the
     * second attempt then finds everything in place.
     */
    private EvaluationWindow openedWindow(long tradeId) {
        if (!evaluations.hasWindow(tradeId) && !openings.openWindow(tradeId)
                && !evaluations.hasWindow(tradeId)) {
            openings.openWindow(tradeId);
        }
        return evaluations.lockWindow(tradeId);
    }

    /** CR-4: the visible evaluations of a trade, for its parties and STAFF. */
    @RolesAllowed({Roles.MEMBER, Roles.STAFF})
    public List<EvaluationView> evaluationsOf(long tradeId) {
        TradeFacts.Fact trade = trades.trade(tradeId);
        if (!caller.isCallerInRole(Roles.STAFF) && trade.sideOf(me()) == null) {
            throw new NotFound("trade " + tradeId);
        }
        return evaluations.ofTrade(tradeId).stream()
                .filter(e -> e.isVisible() && !e.isGone())
                .map(CreditLedger::view).toList();
    }

    /**
     * CR-8, CR-9: the caller's side of a trade, so a page can offer the author's and the
     * rated member's actions; a trade of others answers not found.
     */
    @RolesAllowed(Roles.MEMBER)
    public Party mySide(long tradeId) {
        Party side = trades.trade(tradeId).sideOf(me());
        if (side == null) {
            throw new NotFound("trade " + tradeId);
        }
        return side;
    }

    /** CR-8: the author changes the rating (and comment) once within the revision days. */
    @RolesAllowed(Roles.MEMBER)
    public EvaluationView revise(long evaluationId, RevisionForm form) {
        requireValid(EvaluationForms.check(form));
        Evaluation e = myEvaluation(evaluationId);
        CreditTerms terms = settings.terms();
        EvaluationRules.requireRevisable(e.visibleAt(), e.revised(), terms.revisionDays(),
                clock);

        EvaluationChange.State before = state(e);
        Rating rating = EvaluationForms.rating(form.rating());
        scorer.revise(e, rating, EvaluationForms.text(form.comment()), terms);
        evaluations.record(e, ChangeKind.REVISED, principal(), before, null, now());

        LOG.log(Level.INFO, "evaluation {0} revised", evaluationId);
        return view(e);
    }

    /** CR-8: the author deletes the evaluation once within the revision days. */
    @RolesAllowed(Roles.MEMBER)
    public void delete(long evaluationId) {
        Evaluation e = myEvaluation(evaluationId);
        CreditTerms terms = settings.terms();
        EvaluationRules.requireRevisable(e.visibleAt(), e.revised(), terms.revisionDays(),
                clock);

        EvaluationChange.State before = state(e);
        scorer.withdraw(e);
        e.delete(now());
        evaluations.record(e, ChangeKind.DELETED, principal(), before, null, now());

        LOG.log(Level.INFO, "evaluation {0} deleted by its author", evaluationId);
    }

    /** CR-9: the rated member publishes one explanation within the explanation days. */
    @RolesAllowed(Roles.MEMBER)
    public EvaluationView explain(long evaluationId, String text) {
        requireValid(EvaluationForms.checkText("text", text));
        Evaluation e = evaluations.lockEvaluation(evaluationId);
        if (e.ratedId() != me() || e.isGone()) {
            throw new NotFound("evaluation " + evaluationId);
        }
        EvaluationRules.requireExplainable(e.visibleAt(), e.explanation() != null,
                settings.terms().explanationDays(), clock);

        e.explain(EvaluationForms.text(text), now());
        evaluations.record(e, ChangeKind.EXPLAINED, principal(), state(e), null, now());

        LOG.log(Level.INFO, "evaluation {0} explained", evaluationId);
        return view(e);
    }

    /** CR-10: anyone may read a member's credit as seller and as buyer. */
    @PermitAll
    public CreditSummary creditOf(long memberId) {
        CreditTerms terms = settings.terms();
        return profiles.kept(memberId, terms, now()).orElseGet(() -> {
            membership.publicIdentity(memberId);    // answers not found for no such member
            return profiles.nothingYet(memberId, terms, now());
        });
    }

    /**
     * RISK-1, CR-10: a member's credit in one role, as the other party of a trade is
     * shown it. Read from the kept profile like {@link #creditOf}, never recomputed.
     */
    @PermitAll
    public CreditViews.Profile creditAs(long memberId, Party role) {
        CreditSummary summary = profiles.summary(memberId, settings.terms(), now());
        return role == Party.SELLER ? summary.seller() : summary.buyer();
    }

    /** CR-10: the caller's own credit. */
    @RolesAllowed(Roles.MEMBER)
    public CreditSummary myCredit() {
        return profiles.summary(me(), settings.terms(), now());
    }

    private Evaluation myEvaluation(long id) {
        Evaluation e = evaluations.lockEvaluation(id);
        if (e.raterId() != me() || e.isGone()) {
            throw new NotFound("evaluation " + id);
        }
        return e;
    }

    static EvaluationChange.State state(Evaluation e) {
        return new EvaluationChange.State(e.rating(), e.points());
    }

    static EvaluationView view(Evaluation e) {
        return new EvaluationView(e.id(), e.tradeId(), e.side(), e.rating(), e.points(),
                e.scored(), e.notScoredReason(), e.byDefault(), e.comment(), e.marks(),
                e.visibleAt(), e.revised(), e.explanation());
    }

    private static void requireValid(List<InvalidInput.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private long me() {
        return membership.myMemberId();
    }

    private String principal() {
        return caller.getCallerPrincipal().getName();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
