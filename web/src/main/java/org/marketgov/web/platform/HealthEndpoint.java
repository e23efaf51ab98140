package org.marketgov.web.platform;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marketgov.platform.Readiness;

/** {@code GET /health/ready}: 200 once the schema is migrated and the database answers. */
@WebServlet("/health/ready")
public class HealthEndpoint extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(HealthEndpoint.class.getName());

    @EJB
    private Readiness readiness;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean ready;
        try {
            ready = readiness.isReady();
        } catch (EJBException e) {
            // A database that does not answer means not ready; the caller polls again.
            LOG.log(Level.WARNING, "readiness check failed", e);
            ready = false;
        }
        response.setStatus(ready ? 200 : 503);
        response.setContentType("application/json");
        response.getWriter().write(ready ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
    }
}
