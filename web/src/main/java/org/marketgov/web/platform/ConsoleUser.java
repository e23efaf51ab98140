package org.marketgov.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marketgov.security.Roles;

/**
 * Who is using the console in this request, as the pages need it: the name for the
 * header, the roles that decide which links and buttons are shown, and the network
 * origin that the business boundary records with every change. Showing or hiding a
 * button is a convenience only; the boundary checks every role again.
 */
@Named
@RequestScoped
public class ConsoleUser {

    private static final Logger LOG = Logger.getLogger(ConsoleUser.class.getName());

    @Inject
    private HttpServletRequest request;

    public String getName() {
        return request.getRemoteUser();
    }

    public boolean isSignedIn() {
        return request.getRemoteUser() != null;
    }

    public boolean isMember() {
        return request.isUserInRole(Roles.MEMBER);
    }

    public boolean isStaff() {
        return request.isUserInRole(Roles.STAFF);
    }

    public boolean isAuditor() {
        return request.isUserInRole(Roles.AUDITOR);
    }

    /** The address recorded with a change; a proxy's forwarded header is not trusted. */
    public String origin() {
        return request.getRemoteAddr();
    }

    /** Ends the session and returns to the welcome page. */
    public String logout() {
        signOut();
        return "/index.xhtml?faces-redirect=true";
    }

    /** Signs the caller out and drops everything the session held for them. */
    public void signOut() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            request.logout();
        } catch (ServletException e) {
            LOG.log(Level.WARNING, "logout was refused by the container", e);
        }
        external.invalidateSession();
    }
}
