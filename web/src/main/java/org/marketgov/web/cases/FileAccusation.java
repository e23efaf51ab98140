package org.marketgov.web.cases;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.marketgov.cases.AccusationDesk;
import org.marketgov.cases.CaseForms.AccusationForm;
import org.marketgov.cases.CaseViews.AccusationReceipt;
import org.marketgov.persistence.cases.AccusationCategory;
import org.marketgov.persistence.cases.AccusationTarget;
import org.marketgov.web.platform.ConsoleUser;
import org.marketgov.web.platform.Notices;

/**
 * CMP-4: the public page where anyone reports a listing or a member. A visitor who is
 * not logged in always files anonymously; a member chooses. The tracking code of an
 * anonymous report is shown once, on the page answering the filing, and never again.
 */
@Named
@ViewScoped
public class FileAccusation implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where each field the boundary names is typed in on the page. */
    private static final Map<String, String> INPUTS = Map.of("targetType", "targetType",
            "targetId", "targetId", "category", "category", "description", "description",
            "anonymous", "anonymous");

    @EJB
    private AccusationDesk desk;

    @Inject
    private ConsoleUser user;

    @Inject
    private Notices notices;

    private AccusationTarget targetType = AccusationTarget.LISTING;
    private Long targetId;
    private AccusationCategory category;
    private String description;
    private boolean anonymous = true;
    private AccusationReceipt receipt;

    public void file() {
        // Only a member can be named; everyone else is sealed whatever the form said.
        boolean sealed = anonymous || !user.isMember();
        notices.attempt(() -> {
            receipt = desk.file(new AccusationForm(name(targetType), targetId, name(category),
                    description, sealed), user.origin());
            description = null;
        }, INPUTS);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    public AccusationTarget[] getTargetTypes() {
        return AccusationTarget.values();
    }

    public AccusationCategory[] getCategories() {
        return AccusationCategory.values();
    }

    /** The answer to this page's filing; its tracking code is never fetched again. */
    public AccusationReceipt getReceipt() {
        return receipt;
    }

    public AccusationTarget getTargetType() {
        return targetType;
    }

    public void setTargetType(AccusationTarget targetType) {
        this.targetType = targetType;
    }

    public Long getTargetId() {
        return targetId;
    }

    public void setTargetId(Long targetId) {
        this.targetId = targetId;
    }

    public AccusationCategory getCategory() {
        return category;
    }

    public void setCategory(AccusationCategory category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }
}
