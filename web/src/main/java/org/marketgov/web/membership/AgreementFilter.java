package org.marketgov.web.membership;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.marketgov.security.Roles;

/**
 * MEM-8: keeps a member who has not answered the agreement in force on the agreement
 * page. The login bean sends members there too; this filter also covers a login that
 * resumes at the member page first asked for.
 */
@WebFilter("/member/*")
public class AgreementFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String AGREEMENT_PAGE = "/member/agreement.xhtml";

    @Inject
    private AgreementGate gate;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws IOException, ServletException {
        boolean answering = AGREEMENT_PAGE.equals(request.getServletPath());
        if (!answering && request.isUserInRole(Roles.MEMBER) && gate.isPending()) {
            response.sendRedirect(request.getContextPath() + AGREEMENT_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
