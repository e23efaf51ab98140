package org.marketgov.credit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
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
import org.marketgov.credit.CreditViews.EvaluationView;
import org.marketgov.credit.CreditViews.FlagPage;
import org.marketgov.credit.CreditViews.FlagView;
import org.marketgov.persistence.credit.ChangeKind;
import org.marketgov.persistence.credit.CreditFlag;
import org.marketgov.persistence.credit.Evaluation;
import org.marketgov.persistence.credit.EvaluationChange;
import org.marketgov.persistence.credit.EvaluationWindow;
import org.marketgov.persistence.credit.FlagKind;
import org.marketgov.persistence.security.AuditOutcome;
import org.marketgov.platform.InvalidInput;
import org.marketgov.platform.RuleViolation;
import org.marketgov.security.AuditTrail;
import org.marketgov.security.Roles;

/**
 * The credit boundary for STAFF (CR-11): removing an evaluation found malicious, with
 * its reason, and reviewing the flags of credit speculation. Removal and clearance are
 * written to the audit trail in the same transaction as the change.
 */
@Stateless
@DeclareRoles({Roles.MEMBER, Roles.STAFF, Roles.AUDITOR})
@RolesAllowed(Roles.STAFF)
public class CreditReview {

    private static final Logger LOG = Logger.getLogger(CreditReview.class.getName());

    @Resource
    private SessionContext caller;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    @Inject
    private EvaluationBook evaluations;

    @Inject
    private Scorer scorer;

    @Inject
    private CreditSettings settings;

    @Inject
    private ReviewSigns signs;

    /** CR-11: removes a visible evaluation found malicious; its points go, the history stays. */
    public EvaluationView remove(long evaluationId, String reason, String origin) {
        requireValid(EvaluationForms.checkText("reason", reason));
        Evaluation e = evaluations.lockEvaluation(evaluationId);
        if (!e.isVisible() || e.isGone()) {
            throw new RuleViolation("CR-11", "only a visible evaluation can be removed");
        }

        EvaluationChange.State before = CreditLedger.state(e);
        String why = EvaluationForms.text(reason);
        scorer.withdraw(e);
        e.remove(why, now());
        evaluations.record(e, ChangeKind.REMOVED, staff(), before, why, now());
        audit.record(staff(), "EVALUATION_REMOVED", "evaluation " + evaluationId,
                AuditOutcome.SUCCESS, origin, why);

        LOG.log(Level.INFO, "evaluation {0} removed by STAFF", evaluationId);
        return CreditLedger.view(e);
    }

    /** CR-11: the flags, open ones only when asked, newest first. */
    public FlagPage flags(boolean openOnly, int page, int size) {
        return signs.page(openOnly, page, size);
    }

    /**
     * CR-11: STAFF found a flag harmless. Clearing an under-priced trade releases its
     * window, and its visible evaluations are scored now, with the usual caps.
     */
    public FlagView clear(long flagId, String origin) {
        CreditFlag flag = signs.lock(flagId);
        if (flag.clearedAt() != null) {
            throw new RuleViolation("CR-11", "this flag is already cleared");
        }

        OffsetDateTime now = now();
        flag.clear(staff(), now);
        if (flag.kind() == FlagKind.UNDER_PRICED && flag.tradeId() != null) {
            release(flag.tradeId(), now);
        }
        audit.record(staff(), "CREDIT_FLAG_CLEARED", "flag " + flagId, AuditOutcome.SUCCESS,
                origin, flag.subject());

        LOG.log(Level.INFO, "credit flag {0} cleared", flagId);
        return ReviewSigns.view(flag);
    }

    private void release(long tradeId, OffsetDateTime now) {
        EvaluationWindow w = evaluations.lockWindow(tradeId);
        w.release();
        CreditTerms terms = settings.terms();
        List<Evaluation> waiting = evaluations.waitingForReview(tradeId);
        scorer.scoreReleased(waiting, terms, now.atZoneSameInstant(terms.zone()).toLocalDate());
        for (Evaluation e : waiting) {
            evaluations.record(e, ChangeKind.RESCORED, staff(),
                    new EvaluationChange.State(e.rating(), 0), null, now);
        }
    }

    private static void requireValid(List<InvalidInput.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private String staff() {
        return caller.getCallerPrincipal().getName();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
