package org.marketgov.web.trading;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import org.marketgov.platform.InvalidInput;
import org.marketgov.platform.LostRace;
import org.marketgov.platform.NotFound;
import org.marketgov.platform.RuleViolation;
import org.marketgov.web.platform.Notices;

/**
 * Messages of the trading pages: successes are worded from the trading bundle, and the
 * boundary's refusals are shown the way {@link Notices} shows them everywhere else.
 */
@ApplicationScoped
public class TradingNotices {

    static final String BUNDLE = "org.marketgov.web.trading_messages";

    @Inject
    private Notices notices;

    /** A success, from the trading bundle; identifiers are shown without digit grouping. */
    public void done(String key, Object... args) {
        show(FacesMessage.SEVERITY_INFO, key, args);
    }

    private static void show(FacesMessage.Severity severity, String key, Object... args) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        Object[] texts = Arrays.stream(args).map(String::valueOf).toArray();
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity,
                new MessageFormat(pattern, locale).format(texts), null));
    }

    /**
     * Runs a boundary call and shows its refusal instead of failing the page. A call
     * that lost a race with the other party (RISK-3: both acted on one trade at once)
     * changed nothing; the member is asked to reload and see what the other did.
     */
    public boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuleViolation e) {
            notices.refused(e);
        } catch (InvalidInput e) {
            e.errors().forEach(f -> FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, f.field() + ": " + f.message(),
                            null)));
        } catch (NotFound e) {
            notices.missing(e);
        } catch (EJBAccessException e) {
            notices.denied(e);
        } catch (EJBException e) {
            if (!LostRace.in(e)) {
                throw e;
            }
            show(FacesMessage.SEVERITY_WARN, "trade.changedMeanwhile");
        }
        return false;
    }

    public void keepAcrossRedirect() {
        notices.keepAcrossRedirect();
    }
}
