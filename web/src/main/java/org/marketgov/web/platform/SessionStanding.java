package org.marketgov.web.platform;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marketgov.security.AccountDirectory;
import org.marketgov.security.Roles;

/**
 * MEM-7: a freeze blocks login, and a console session is a login that lasts. A member
 * frozen, terminated or departed while signed in loses the session at the next page
 * and is sent to the login page, which then refuses them.
 */
@WebFilter("/member/*")
public class SessionStanding extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(SessionStanding.class.getName());

    @EJB
    private AccountDirectory accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        if (caller != null && request.isUserInRole(Roles.MEMBER)
                && !accounts.isStillActive(caller.getName())) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            request.logout();
            LOG.log(Level.INFO, "console session ended: the account may no longer log in");
            response.sendRedirect(request.getContextPath() + "/login.xhtml");
            return;
        }
        chain.doFilter(request, response);
    }
}
