package org.marketgov.web.cases;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.marketgov.cases.CaseQueues;
import org.marketgov.cases.CaseViews.AgeingRow;
import org.marketgov.cases.CaseViews.QueueItem;
import org.marketgov.cases.CaseViews.QueuePage;
import org.marketgov.cases.CaseViews.StatusCounts;
import org.marketgov.web.platform.ConsoleUser;
import org.marketgov.web.platform.Notices;

/**
 * CMP-8: the STAFF queue page. STAFF picks a kind and a status and sees the cases
 * oldest first, overdue ones highlighted; STAFF and AUDITOR see the counts per status.
 */
@Named
@ViewScoped
public class TriageCases implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 100;

    @EJB
    private CaseQueues queues;

    @Inject
    private ConsoleUser user;

    @Inject
    private Notices notices;

    private String kind = "COMPLAINT";
    private String status = "SUBMITTED";
    private List<QueueItem> items = List.of();
    private long total;
    private StatusCounts counts;
    private List<AgeingRow> ageing;

    @PostConstruct
    void load() {
        counts = queues.counts();
        ageing = queues.ageing();
        if (user.isStaff()) {
            show();
        }
    }

    public void show() {
        notices.attempt(() -> {
            QueuePage page = queues.queue(kind, status, 0, PAGE);
            items = page.items();
            total = page.total();
        }, Map.of());
    }

    /** The statuses of the chosen kind, for the status menu. */
    public List<String> getStatuses() {
        return switch (kind) {
            case "ACCUSATION" -> List.copyOf(counts.accusations().keySet());
            case "CONSULTATION" -> List.copyOf(counts.consultations().keySet());
            default -> List.copyOf(counts.complaints().keySet());
        };
    }

    /** The page that handles one item of the queue. */
    public String pageOf(QueueItem item) {
        return switch (item.kind()) {
            case COMPLAINT -> "/console/cases/complaint";
            case ACCUSATION -> "/console/cases/accusation";
            case CONSULTATION -> "/console/cases/consultation";
        };
    }

    public List<QueueItem> getItems() {
        return items;
    }

    public long getTotal() {
        return total;
    }

    public StatusCounts getCounts() {
        return counts;
    }

    /** CMP-8: the open cases per kind and status, counted by age, for the chart. */
    public List<AgeingRow> getAgeing() {
        return ageing;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
