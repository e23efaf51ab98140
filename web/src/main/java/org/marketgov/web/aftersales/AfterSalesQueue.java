package org.marketgov.web.aftersales;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.marketgov.aftersales.AfterSalesDesk;
import org.marketgov.aftersales.AfterSalesViews.CaseSummary;
import org.marketgov.persistence.aftersales.CaseStatus;
import org.marketgov.web.platform.PagedModel;

/** STAFF's queue of after-sales cases, oldest first, filtered by status. */
@Named
@ViewScoped
public class AfterSalesQueue implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AfterSalesDesk desk;

    private CaseStatus status = CaseStatus.OPEN;
    private final PagedModel<CaseSummary> cases = new PagedModel<>(this::page,
            CaseSummary::id);

    private PagedModel.Slice<CaseSummary> page(int page, int size) {
        var found = desk.queue(status, page, size);
        return new PagedModel.Slice<>(found.items(), found.total());
    }

    public CaseStatus[] getStatuses() {
        return CaseStatus.values();
    }

    public PagedModel<CaseSummary> getCases() {
        return cases;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }
}
