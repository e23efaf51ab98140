package org.marketgov.web.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.marketgov.platform.InvalidInput;
import org.marketgov.platform.NotFound;
import org.marketgov.platform.RuleViolation;

/**
 * Turns the outcomes of the business boundary into messages on the page, in the
 * visitor's language. Refusals keep the rule ID so that a member can look the rule up
 * on the public rules pages. Nothing here shows an exception's stack or class.
 * Limitation: the boundary words its refusals in English, so those sentences stay
 * English inside a Chinese page; the surrounding label is translated.
 */
@ApplicationScoped
public class Notices {

    static final String BUNDLE = "org.marketgov.web.messages";

    /** Looks a label up in the console's message bundle and fills in its arguments. */
    public String text(String key, Object... args) {
        String pattern = bundle().getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    /** The label under the key, or the fallback when the bundle has none. */
    public String textOr(String key, String fallback) {
        try {
            return bundle().getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    public void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, args));
    }

    public void error(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    /** An error shown beside one input. */
    public void errorAt(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    /** Puts each field's problem next to its input; fields without an input go on top. */
    public void invalid(InvalidInput e, Map<String, String> inputs) {
        for (InvalidInput.FieldError error : e.errors()) {
            add(inputs.get(error.field()), FacesMessage.SEVERITY_ERROR, error.message());
        }
    }

    public void refused(RuleViolation e) {
        add(null, FacesMessage.SEVERITY_ERROR, text("notice.refused", e.rule(), e.getMessage()));
    }

    public void denied(EJBAccessException e) {
        add(null, FacesMessage.SEVERITY_ERROR, text("notice.denied"));
    }

    public void missing(NotFound e) {
        add(null, FacesMessage.SEVERITY_ERROR, text("notice.missing", e.getMessage()));
    }

    /** A step of a page that calls the business boundary. */
    @FunctionalInterface
    public interface Step {
        void run();
    }

    /**
     * Runs a step of a page and shows what the boundary refused instead of an error page:
     * bad input beside its input ({@code inputs} maps fields to input ids), a rule with its
     * ID, a missing record, a missing permission. Answers whether the step went through.
     */
    public boolean attempt(Step step, Map<String, String> inputs) {
        try {
            step.run();
            return true;
        } catch (InvalidInput e) {
            invalid(e, inputs);
        } catch (RuleViolation e) {
            refused(e);
        } catch (NotFound e) {
            missing(e);
        } catch (EJBAccessException e) {
            denied(e);
        }
        return false;
    }

    /** {@link #attempt(Step, Map)} for a step without inputs of its own. */
    public boolean attempt(Step step) {
        return attempt(step, Map.of());
    }

    /** Keeps the messages of this request for the page shown after a redirect. */
    public void keepAcrossRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(severity, text, null));
    }

    private static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, locale());
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
