package org.marketgov.web.credit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.function.Predicate;
import org.marketgov.credit.CreditLedger;
import org.marketgov.credit.CreditViews.EvaluationView;
import org.marketgov.credit.RevisionForm;
import org.marketgov.persistence.credit.Rating;
import org.marketgov.web.platform.Notices;

/**
 * CR-8, CR-9: on the evaluation page, once the evaluations are visible, the author
 * revises or deletes their own evaluation once, and the rated member explains the one
 * they received once. The page offers each action only while it has not been used; the
 * ledger decides the time limits and says why when one has passed.
 */
@Named
@ViewScoped
public class ChangeEvaluation implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CreditLedger ledger;

    @Inject
    private EvaluateTrade page;

    @Inject
    private Notices notices;

    @Inject
    private CreditLabels labels;

    private Rating rating = Rating.PRAISE;
    private String comment;
    private String explanation;

    /** The caller's own visible evaluation, or null. */
    public EvaluationView getMine() {
        return visible(e -> e.from() == page.getMySide());
    }

    /** The visible evaluation the caller received, or null. */
    public EvaluationView getReceived() {
        return visible(e -> e.from() != page.getMySide());
    }

    public boolean isChangeable() {
        return getMine() != null && !getMine().revised();
    }

    public boolean isExplainable() {
        return getReceived() != null && getReceived().explanation() == null;
    }

    public void revise() {
        act(() -> ledger.revise(getMine().id(), new RevisionForm(rating.name(), comment)),
                "evaluate.revisedDone");
    }

    public void delete() {
        act(() -> ledger.delete(getMine().id()), "evaluate.deletedDone");
    }

    public void explain() {
        act(() -> ledger.explain(getReceived().id(), explanation), "evaluate.explainedDone");
    }

    private void act(Runnable change, String doneKey) {
        notices.attempt(() -> {
            change.run();
            labels.info(doneKey);
            comment = null;
            explanation = null;
            page.load();
        }, Map.of("rating", "new-rating", "comment", "new-comment",
                    "text", "explanation"));
    }

    private EvaluationView visible(Predicate<EvaluationView> which) {
        if (page.getMySide() == null) {
            return null;
        }
        return page.getVisible().stream().filter(which).findFirst().orElse(null);
    }

    public Rating getRating() {
        return rating;
    }

    public void setRating(Rating rating) {
        this.rating = rating;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }
}
