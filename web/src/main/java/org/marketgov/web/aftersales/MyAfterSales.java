package org.marketgov.web.aftersales;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.marketgov.aftersales.AfterSalesDesk;
import org.marketgov.aftersales.AfterSalesForms.CaseForm;
import org.marketgov.aftersales.AfterSalesForms.RemedyChoice;
import org.marketgov.aftersales.AfterSalesViews.CaseSummary;
import org.marketgov.aftersales.AfterSalesViews.CaseView;
import org.marketgov.persistence.aftersales.Cause;
import org.marketgov.persistence.aftersales.Remedy;
import org.marketgov.web.platform.ConsoleUser;

/**
 * The buyer's after-sales page (AS-9): their cases, a form to open one on a completed
 * trade, and the selected case with its decision and reasons, shown before the buyer
 * chooses one of its remedies; after the choice, what to send back (AS-8).
 *
 * <p>Limitation: the list shows the newest 100 cases without paging.
 */
@Named
@ViewScoped
public class MyAfterSales implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;

    @EJB
    private AfterSalesDesk desk;

    @Inject
    private AfterSalesNotices notices;

    @Inject
    private ConsoleUser user;

    private Long caseId;
    private Long tradeId;
    private Cause cause = Cause.QUALITY_DEFECT;
    private boolean hasInvoice = true;
    private String description;
    private CaseView selected;
    private List<CaseSummary> cases = List.of();

    /** Loads the list and, when the address names one, the selected case. */
    public void load() {
        cases = desk.myCases(0, SHOWN).items();
        selected = null;
        if (caseId != null && !notices.attempt(() -> selected = desk.caseOf(caseId))) {
            selected = null;
        }
    }

    public void open() {
        CaseForm form = new CaseForm(cause == null ? null : cause.name(), hasInvoice,
                description);
        long trade = tradeId == null ? 0 : tradeId;
        if (notices.attempt(() -> caseId = desk.open(trade, form, user.origin()).id())) {
            notices.done("done.opened", caseId);
            description = null;
            load();
        }
    }

    public void choose(Remedy remedy) {
        if (notices.attempt(() -> selected = desk.choose(caseId,
                new RemedyChoice(remedy.name()), user.origin()))) {
            notices.done("done.chosen", caseId);
            cases = desk.myCases(0, SHOWN).items();
        }
    }

    public Cause[] getCauses() {
        return Cause.values();
    }

    public List<CaseSummary> getCases() {
        return cases;
    }

    public CaseView getSelected() {
        return selected;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public Long getTradeId() {
        return tradeId;
    }

    public void setTradeId(Long tradeId) {
        this.tradeId = tradeId;
    }

    public Cause getCause() {
        return cause;
    }

    public void setCause(Cause cause) {
        this.cause = cause;
    }

    public boolean isHasInvoice() {
        return hasInvoice;
    }

    public void setHasInvoice(boolean hasInvoice) {
        this.hasInvoice = hasInvoice;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
