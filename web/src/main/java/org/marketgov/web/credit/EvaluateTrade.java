package org.marketgov.web.credit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.marketgov.credit.CreditLedger;
import org.marketgov.credit.CreditViews.EvaluationView;
import org.marketgov.credit.EvaluationForm;
import org.marketgov.persistence.credit.Rating;
import org.marketgov.persistence.trading.Party;
import org.marketgov.web.platform.Notices;

/**
 * CR-1, CR-4: a party evaluates a completed trade and sees the evaluations once they
 * are visible. A sealed evaluation is not shown, not even to its author's counterpart.
 *
 * <p>Revising, deleting and explaining (CR-8, CR-9) on the same page are the task of
 * {@link ChangeEvaluation}.
 *
 * <p>Limitation: the detailed 1-5 marks are offered by the partner API only; this page
 * takes a rating and a comment.
 */
@Named
@ViewScoped
public class EvaluateTrade implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CreditLedger ledger;

    @Inject
    private Notices notices;

    @Inject
    private CreditLabels labels;

    private Long tradeId;
    private Rating rating = Rating.PRAISE;
    private String comment;
    private List<EvaluationView> visible = List.of();
    private Party mySide;

    /** Loads the caller's side and the visible evaluations once the trade id is known. */
    public void load() {
        if (tradeId == null) {
            return;
        }
        notices.attempt(() -> {
            mySide = ledger.mySide(tradeId);
            visible = ledger.evaluationsOf(tradeId);
        });
    }

    public void submit() {
        notices.attempt(() -> {
            boolean shown = ledger.submit(tradeId, new EvaluationForm(rating.name(), comment,
                    null)).visible();
            labels.info(shown ? "evaluate.revealed" : "evaluate.sealed");
            comment = null;
            load();
        }, Map.of("comment", "comment", "rating", "rating"));
    }

    public Rating[] getRatings() {
        return Rating.values();
    }

    public List<EvaluationView> getVisible() {
        return visible;
    }

    /** The caller's side of the trade; null until the trade is loaded. */
    public Party getMySide() {
        return mySide;
    }

    public Long getTradeId() {
        return tradeId;
    }

    public void setTradeId(Long tradeId) {
        this.tradeId = tradeId;
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
}
