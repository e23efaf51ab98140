package org.marketgov.web.security;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.marketgov.security.StaffAccountForm;
import org.marketgov.security.StaffAccounts;
import org.marketgov.security.StaffAccounts.StaffAccountView;
import org.marketgov.web.platform.ConsoleUser;
import org.marketgov.web.platform.Notices;

/**
 * The accounts page (DS-3, DS-4): every staff and auditor account, a form that adds one of
 * the signed-in account's own role, and a button that disables another account of that
 * role. The boundary enforces who manages what; the page offers only what it allows.
 *
 * <p>Limitation: the page lists every account without paging; a site with hundreds of
 * staff accounts would want the API's pages here too.
 */
@Named
@ViewScoped
public class ManageAccounts implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StaffAccounts staffAccounts;

    @Inject
    private ConsoleUser user;

    @Inject
    private Notices notices;

    private List<StaffAccountView> accounts;
    private String username;
    private String password;

    public List<StaffAccountView> getAccounts() {
        if (accounts == null) {
            accounts = staffAccounts.accounts();
        }
        return accounts;
    }

    /** The role this page adds: the signed-in account's own. */
    public String getRole() {
        return user.isAuditor() ? "AUDITOR" : "STAFF";
    }

    /** Whether the signed-in account may disable {@code account}. */
    public boolean mayDisable(StaffAccountView account) {
        return !account.disabled() && account.role().name().equals(getRole())
                && !account.username().equalsIgnoreCase(user.getName());
    }

    public void add() {
        notices.attempt(() -> {
            StaffAccountView added = staffAccounts.add(
                    new StaffAccountForm(username, getRole(), password), user.origin());
            notices.info("accounts.added", added.username());
            username = null;
            accounts = null;
        }, Map.of("username", "username", "role", "username", "password", "password"));
        password = null;
    }

    public void disable(StaffAccountView account) {
        notices.attempt(() -> {
            staffAccounts.disable(account.username(), user.origin());
            notices.info("accounts.disabled", account.username());
            accounts = null;
        });
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
