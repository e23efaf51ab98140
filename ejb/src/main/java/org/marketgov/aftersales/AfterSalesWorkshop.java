package org.marketgov.aftersales;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marketgov.aftersales.AfterSalesForms.InspectionForm;
import org.marketgov.aftersales.AfterSalesForms.RepairForm;
import org.marketgov.aftersales.AfterSalesForms.ReplacementForm;
import org.marketgov.aftersales.AfterSalesViews.CaseView;
import org.marketgov.aftersales.AfterSalesViews.RepairRecorded;
import org.marketgov.persistence.aftersales.AfterSalesCase;
import org.marketgov.persistence.aftersales.CaseEventKind;
import org.marketgov.persistence.aftersales.CaseStatus;
import org.marketgov.persistence.aftersales.Cause;
import org.marketgov.persistence.aftersales.Remedy;
import org.marketgov.persistence.aftersales.Repair;
import org.marketgov.persistence.aftersales.Replacement;
import org.marketgov.persistence.security.AuditOutcome;
import org.marketgov.platform.Inbox;
import org.marketgov.platform.RuleViolation;
import org.marketgov.security.AuditTrail;
import org.marketgov.security.Roles;

/**
 * What STAFF records on after-sales cases: receipt of the goods, inspection findings
 * (a different cause means a new decision, AS-9), repairs by the site's service (AS-3,
 * AS-4, AS-7), replacements with their serial numbers (AS-5) and refunds (AS-1). Each
 * step goes on the case timeline, is audited (DS-3) and is told to the buyer through
 * the inbox. Steps on one case take turns on the case's row lock.
 *
 * <p>Limitation: the case does not remember that the site already holds the goods, so
 * when a failed repair or findings send the case back to the buyer, STAFF record the
 * receipt again after the buyer has chosen anew.
 */
@Stateless
@DeclareRoles({Roles.MEMBER, Roles.STAFF, Roles.AUDITOR})
@RolesAllowed(Roles.STAFF)
public class AfterSalesWorkshop {

    private static final Logger LOG = Logger.getLogger(AfterSalesWorkshop.class.getName());

    @Resource
    private SessionContext caller;

    @EJB
    private AuditTrail audit;

    @EJB
    private Inbox inbox;

    @Inject
    private CaseBook book;

    @Inject
    private CaseDecisions decisions;

    /** AS-8: the goods (with accessories and invoice, for returns and replacements) arrived. */
    public CaseView receiveGoods(long caseId, String origin) {
        AfterSalesCase c = book.locked(caseId);
        requireStatus(c, CaseStatus.REMEDY_CHOSEN, "goods are received after a remedy is chosen");

        c.receiveGoods();
        decisions.append(c, CaseEventKind.GOODS_RECEIVED, staff(), c.chosenRemedy().name());

        return announce(c, "AFTER_SALES_GOODS_RECEIVED", "the goods were received", origin);
    }

    /** AS-6, AS-9: inspection findings; the cause found decides anew. */
    public CaseView inspect(long caseId, InspectionForm form, String origin) {
        AfterSalesForms.check(form);
        AfterSalesCase c = active(caseId);
        Cause found = AfterSalesForms.cause(form.cause());

        c.findCause(found);
        decisions.append(c, CaseEventKind.INSPECTED, staff(), found + ": "
                + form.findings().strip());
        WarrantyDecision d = decisions.redecide(c, staff());

        return announce(c, "AFTER_SALES_INSPECTED", "inspection found " + found + "; "
                + CaseDecisions.summary(d), origin);
    }

    /**
     * AS-3, AS-4, AS-7: a repair by the site's service, once the buyer chose a free
     * repair, or accepted a paid one, and the goods are received (AS-8). It is paid when
     * the buyer accepted paid service. A repair that fixed the fault resolves the case;
     * one that did not returns it to the buyer with a new decision on the claim day,
     * where the second failure opens replacement (AS-4).
     */
    public RepairRecorded recordRepair(long caseId, RepairForm form, String origin) {
        AfterSalesForms.check(form);
        AfterSalesCase c = book.locked(caseId);
        requireRemedyReceived(c, EnumSet.of(Remedy.REPAIR, Remedy.PAID_REPAIR));
        boolean paid = c.chosenRemedy() == Remedy.PAID_REPAIR;

        Repair repair = new Repair(c.id(), c.tradeId(), form.fixed(), paid, decisions.now());
        book.add(repair);
        decisions.append(c, CaseEventKind.REPAIRED, staff(), (form.fixed() ? "fixed" : "not fixed")
                + (paid ? ", paid" : ", free"));
        WarrantyDecision d;
        if (form.fixed()) {
            d = decisions.onClaimDay(c);
            c.resolve(decisions.now());
        } else {
            d = decisions.redecide(c, staff());
            c.repairFailed();
        }

        announce(c, "AFTER_SALES_REPAIRED", form.fixed() ? "the repair fixed the fault"
                : "the repair did not fix the fault; " + CaseDecisions.summary(d), origin);
        return new RepairRecorded(repair.id(), c.id(), repair.isFixed(), repair.isPaid(),
                c.status(), d.remedies(), d.free(), d.rule(), d.openUntil());
    }

    /** AS-5: the replacement is handed out; its serial number starts a new period. */
    public CaseView replace(long caseId, ReplacementForm form, String origin) {
        String serial = AfterSalesForms.serial(form);
        AfterSalesCase c = book.locked(caseId);
        requireRemedyReceived(c, EnumSet.of(Remedy.REPLACE));

        book.add(new Replacement(c.id(), c.tradeId(), serial, decisions.now()));
        decisions.append(c, CaseEventKind.REPLACED, staff(), serial);
        c.resolve(decisions.now());

        return announce(c, "AFTER_SALES_REPLACED", "replaced by serial number " + serial
                + "; a new guarantee period starts today", origin);
    }

    /**
     * AS-1: the returned goods are refunded.
     *
     * <p>Limitation: the refund is recorded as a fact on the timeline only; it moves no
     * money and records no amount, since the site holds no payment ledger yet.
     */
    public CaseView refund(long caseId, String origin) {
        AfterSalesCase c = book.locked(caseId);
        requireRemedyReceived(c, EnumSet.of(Remedy.RETURN));

        decisions.append(c, CaseEventKind.REFUNDED, staff(), "trade " + c.tradeId());
        c.resolve(decisions.now());

        return announce(c, "AFTER_SALES_REFUNDED", "the price was refunded", origin);
    }

    private CaseView announce(AfterSalesCase c, String action, String what, String origin) {
        audit.record(staff(), action, "after-sales case " + c.id(), AuditOutcome.SUCCESS,
                origin, what);
        inbox.notify(c.buyerId(), "After-sales case " + c.id(), what);
        LOG.log(Level.INFO, "after-sales case {0}: {1}", new Object[] {c.id(), action});
        return decisions.view(c);
    }

    private AfterSalesCase active(long caseId) {
        AfterSalesCase c = book.locked(caseId);
        if (!c.status().isActive()) {
            throw new RuleViolation("AS-9", "case " + caseId + " is resolved");
        }
        return c;
    }

    private static void requireStatus(AfterSalesCase c, CaseStatus status, String why) {
        if (c.status() != status) {
            throw new RuleViolation("AS-9", "case " + c.id() + " is " + c.status() + "; "
                    + why);
        }
    }

    /**
     * AS-9: a remedy is carried out only once the buyer chose it; AS-8: and once what
     * they send back for it (the goods, for returns and replacements also all
     * accessories and the invoice) is received.
     */
    private static void requireRemedyReceived(AfterSalesCase c, Set<Remedy> remedies) {
        if (!c.status().isActive()) {
            throw new RuleViolation("AS-9", "case " + c.id() + " is resolved");
        }
        if (c.chosenRemedy() == null || !remedies.contains(c.chosenRemedy())) {
            throw new RuleViolation("AS-9", "case " + c.id() + ": the buyer chose "
                    + c.chosenRemedy() + ", not one of " + remedies);
        }
        if (c.status() != CaseStatus.GOODS_RECEIVED) {
            throw new RuleViolation("AS-8", "case " + c.id() + ": what the buyer sends back"
                    + " for " + c.chosenRemedy() + " must be received first");
        }
    }

    private String staff() {
        return caller.getCallerPrincipal().getName();
    }
}
