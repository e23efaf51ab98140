package org.marketgov.web.platform;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.marketgov.platform.Readiness;

/** {@code GET /health/ready}: 200 once the schema is migrated and the database answers. */
@WebServlet("/health/ready")
public class HealthEndpoint extends HttpServlet {

    @EJB
    private Readiness readiness;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean ready = readiness.isReady();
        response.setStatus(ready ? 200 : 503);
        response.setContentType("application/json");
        response.getWriter().write(ready ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
    }
}
