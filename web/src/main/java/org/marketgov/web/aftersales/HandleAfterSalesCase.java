package org.marketgov.web.aftersales;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.marketgov.aftersales.AfterSalesDesk;
import org.marketgov.aftersales.AfterSalesForms.InspectionForm;
import org.marketgov.aftersales.AfterSalesForms.RepairForm;
import org.marketgov.aftersales.AfterSalesForms.ReplacementForm;
import org.marketgov.aftersales.AfterSalesViews.CaseView;
import org.marketgov.aftersales.AfterSalesWorkshop;
import org.marketgov.persistence.aftersales.Cause;
import org.marketgov.web.platform.ConsoleUser;

/**
 * STAFF's page of one after-sales case: the decision and timeline, and the steps the
 * case allows now: receipt of the goods (AS-8), inspection findings that may change the
 * cause (AS-6, AS-9), a repair fixed or not (AS-3, AS-4), a replacement's serial number
 * (AS-5) and a refund (AS-1). The boundary decides whether a step is allowed.
 */
@Named
@ViewScoped
public class HandleAfterSalesCase implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AfterSalesDesk desk;

    @EJB
    private AfterSalesWorkshop workshop;

    @Inject
    private AfterSalesNotices notices;

    @Inject
    private ConsoleUser user;

    private Long id;
    private CaseView selected;
    private Cause foundCause = Cause.QUALITY_DEFECT;
    private String findings;
    private String serialNumber;

    public void load() {
        if (id == null || !notices.attempt(() -> selected = desk.caseOf(id))) {
            selected = null;
        }
    }

    public void receiveGoods() {
        step(() -> selected = workshop.receiveGoods(id, origin()), "done.goodsReceived");
    }

    public void inspect() {
        step(() -> selected = workshop.inspect(id, new InspectionForm(foundCause.name(),
                findings), origin()), "done.inspected");
    }

    public void repair(boolean fixed) {
        step(() -> workshop.recordRepair(id, new RepairForm(fixed), origin()),
                "done.repaired");
    }

    public void replace() {
        step(() -> selected = workshop.replace(id, new ReplacementForm(serialNumber),
                origin()), "done.replaced");
    }

    public void refund() {
        step(() -> selected = workshop.refund(id, origin()), "done.refunded");
    }

    private void step(Runnable action, String done) {
        if (notices.attempt(action)) {
            notices.done(done, id);
            load();
        }
    }

    private String origin() {
        return user.origin();
    }

    public Cause[] getCauses() {
        return Cause.values();
    }

    public CaseView getSelected() {
        return selected;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Cause getFoundCause() {
        return foundCause;
    }

    public void setFoundCause(Cause foundCause) {
        this.foundCause = foundCause;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public void setSerialNumber(String serialNumber) {
        this.serialNumber = serialNumber;
    }
}
