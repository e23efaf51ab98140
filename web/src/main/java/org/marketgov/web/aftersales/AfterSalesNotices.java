package org.marketgov.web.aftersales;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.marketgov.platform.InvalidInput;
import org.marketgov.platform.NotFound;
import org.marketgov.platform.RuleViolation;
import org.marketgov.web.platform.Notices;

/**
 * Messages of the after-sales pages: successes from the after-sales bundle, refusals
 * shown the way {@link Notices} shows them everywhere else.
 */
@ApplicationScoped
public class AfterSalesNotices {

    static final String BUNDLE = "org.marketgov.web.aftersales_messages";

    @Inject
    private Notices notices;

    /** A success from the after-sales bundle; identifiers are shown without grouping. */
    public void done(String key, Object arg) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(
                FacesMessage.SEVERITY_INFO, new MessageFormat(pattern, locale)
                        .format(new Object[] {String.valueOf(arg)}), null));
    }

    /** Runs a boundary call and shows its refusal instead of failing the page. */
    public boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuleViolation e) {
            notices.refused(e);
        } catch (InvalidInput e) {
            e.errors().forEach(f -> FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, f.field() + ": "
                            + f.message(), null)));
        } catch (NotFound e) {
            notices.missing(e);
        } catch (EJBAccessException e) {
            notices.denied(e);
        }
        return false;
    }
}
