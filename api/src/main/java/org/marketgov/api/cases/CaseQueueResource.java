package org.marketgov.api.cases;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.marketgov.api.Paging;
import org.marketgov.cases.CaseQueues;
import org.marketgov.cases.CaseViews.QueuePage;
import org.marketgov.cases.CaseViews.StatusCounts;

/**
 * CMP-8: {@code GET /cases/queue?kind=COMPLAINT&status=SUBMITTED} for STAFF, oldest
 * first with age, due time and overdue flag; {@code GET /cases/counts} for AUDITOR.
 */
@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseQueueResource {

    @EJB
    private CaseQueues queues;

    @GET
    @Path("/queue")
    public QueuePage queue(@QueryParam("kind") String kind, @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging p = Paging.of(page, size);
        return queues.queue(kind, status, p.page(), p.size());
    }

    @GET
    @Path("/counts")
    public StatusCounts counts() {
        return queues.counts();
    }
}
