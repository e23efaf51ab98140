package org.marketgov.aftersales;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marketgov.aftersales.AfterSalesForms.CaseForm;
import org.marketgov.aftersales.AfterSalesForms.RemedyChoice;
import org.marketgov.aftersales.AfterSalesViews.CasePage;
import org.marketgov.aftersales.AfterSalesViews.CaseView;
import org.marketgov.aftersales.AfterSalesViews.OpenedCase;
import org.marketgov.membership.MembershipDesk;
import org.marketgov.persistence.aftersales.AfterSalesCase;
import org.marketgov.persistence.aftersales.CaseEventKind;
import org.marketgov.persistence.aftersales.CaseStatus;
import org.marketgov.persistence.aftersales.Remedy;
import org.marketgov.persistence.security.AuditOutcome;
import org.marketgov.persistence.trading.Party;
import org.marketgov.persistence.trading.TradeStatus;
import org.marketgov.platform.NotFound;
import org.marketgov.platform.RuleViolation;
import org.marketgov.security.AuditTrail;
import org.marketgov.security.Roles;
import org.marketgov.trading.TradeViews.TradeView;
import org.marketgov.trading.TradingDesk;

/**
 * The after-sales boundary for buyers, and the reads STAFF share (AS-1..9). The buyer
 * of a completed trade opens a case; the decision (AS-9) is computed from the delivery
 * date, the stated cause, the invoice and the goods' history, recorded, and shown with
 * its reasons before the buyer chooses one of its remedies; the choice answers with
 * what to send back (AS-8). A trade or case of another member is reported as not
 * found. The trade is read through {@link TradingDesk}, as the caller, so the trading
 * system's own party check applies. The buyer's steps go to the audit trail like
 * STAFF's (DS-3). STAFF steps are in {@link AfterSalesWorkshop}.
 */
@Stateless
@DeclareRoles({Roles.MEMBER, Roles.STAFF, Roles.AUDITOR})
public class AfterSalesDesk {

    private static final Logger LOG = Logger.getLogger(AfterSalesDesk.class.getName());

    @Resource
    private SessionContext caller;

    @EJB
    private TradingDesk trading;

    @EJB
    private MembershipDesk membership;

    @EJB
    private AuditTrail audit;

    @Inject
    private CaseBook book;

    @Inject
    private CaseDecisions decisions;

    /**
     * AS-9: the buyer opens a case on a completed trade (the receipt date is day 1);
     * only one case per trade may be active at a time, and none once the goods were
     * returned and refunded (AS-1), since the sale is then undone.
     */
    @RolesAllowed(Roles.MEMBER)
    public OpenedCase open(long tradeId, CaseForm form, String origin) {
        AfterSalesForms.check(form);
        TradeView trade = trading.trade(tradeId);
        if (trade.disclosure() == null || trade.disclosure().mySide() != Party.BUYER) {
            throw new NotFound("trade " + tradeId);
        }
        if (trade.status() != TradeStatus.COMPLETED || trade.completedAt() == null) {
            throw new RuleViolation("AS-1", "after-sales service starts once the goods are"
                    + " received: trade " + tradeId + " is " + trade.status());
        }
        if (book.hasActiveCase(tradeId)) {
            throw new RuleViolation("AS-9", "trade " + tradeId
                    + " already has an after-sales case in progress");
        }
        Long refunded = book.refundedCase(tradeId);
        if (refunded != null) {
            throw new RuleViolation("AS-1", "trade " + tradeId + " was returned and refunded"
                    + " in after-sales case " + refunded + "; the sale is undone");
        }

        AfterSalesCase.Opening opening = new AfterSalesCase.Opening(trade.id(),
                trade.buyerId(), trade.sellerId(), trade.title(), trade.completedAt(),
                AfterSalesForms.cause(form.cause()), form.hasInvoice(),
                form.description().strip(), decisions.now());
        WarrantyDecision d = decisions.decideNow(book.facts(opening.tradeId(),
                opening.deliveredAt(), opening.cause(), opening.hasInvoice()));
        AfterSalesCase c = new AfterSalesCase(opening, decisions.recorded(d));
        book.add(c);
        decisions.append(c, CaseEventKind.OPENED, me(), c.cause().name());
        decisions.append(c, CaseEventKind.DECIDED, me(), CaseDecisions.summary(d));
        audit.record(me(), "AFTER_SALES_OPENED", "after-sales case " + c.id(),
                AuditOutcome.SUCCESS, origin, c.cause() + "; " + d.rule());

        LOG.log(Level.INFO, "after-sales case {0} opened on trade {1} under {2}",
                new Object[] {c.id(), tradeId, d.rule()});
        return new OpenedCase(c.id(), d.remedies(), d.free(), d.rule(), d.openUntil(),
                d.reasons());
    }

    /** A case with its current remedies, for its buyer and STAFF. */
    @RolesAllowed({Roles.MEMBER, Roles.STAFF})
    public CaseView caseOf(long caseId) {
        return decisions.view(readable(caseId));
    }

    /**
     * AS-9, AS-8: the buyer chooses a remedy open at this moment that the decision shown
     * to them offered; the decision they chose from is recorded, and the case answers
     * with what to send back.
     */
    @RolesAllowed(Roles.MEMBER)
    public CaseView choose(long caseId, RemedyChoice choice, String origin) {
        Remedy remedy = AfterSalesForms.remedy(choice);
        AfterSalesCase c = mine(book.locked(caseId));
        if (c.status() != CaseStatus.OPEN) {
            throw new RuleViolation("AS-9", "case " + caseId + " is " + c.status()
                    + "; a remedy is chosen only while the case is open");
        }

        WarrantyDecision d = decisions.choosableNow(c);
        if (!d.remedies().contains(remedy)) {
            throw new RuleViolation(d.rule(), remedy + " is not open; open now: "
                    + d.remedies(), List.copyOf(d.reasons()));
        }
        decisions.record(c, d, me());
        c.choose(remedy);
        decisions.append(c, CaseEventKind.REMEDY_CHOSEN, me(), remedy.name());
        audit.record(me(), "AFTER_SALES_REMEDY_CHOSEN", "after-sales case " + caseId,
                AuditOutcome.SUCCESS, origin, remedy + "; " + d.rule());

        LOG.log(Level.INFO, "after-sales case {0}: {1} chosen", new Object[] {caseId, remedy});
        return decisions.view(c);
    }

    /** The caller's own cases, newest first. */
    @RolesAllowed(Roles.MEMBER)
    public CasePage myCases(int page, int size) {
        return book.ofBuyer(memberId(), page, size);
    }

    /** STAFF's queue of cases in a status (all when null), oldest first. */
    @RolesAllowed(Roles.STAFF)
    public CasePage queue(CaseStatus status, int page, int size) {
        return book.queue(status, page, size);
    }

    /** The live numbers of the commitment, for the public rules page (PUB-1). */
    @PermitAll
    public WarrantyTerms terms() {
        return decisions.terms();
    }

    private AfterSalesCase readable(long caseId) {
        AfterSalesCase c = book.find(caseId);
        return caller.isCallerInRole(Roles.STAFF) ? c : mine(c);
    }

    private AfterSalesCase mine(AfterSalesCase c) {
        if (!caller.isCallerInRole(Roles.MEMBER) || c.buyerId() != memberId()) {
            throw new NotFound("after-sales case " + c.id());
        }
        return c;
    }

    private long memberId() {
        return membership.myTradingStanding().memberId();
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }
}
