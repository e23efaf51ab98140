package org.marketgov.web.credit;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.marketgov.credit.CreditReview;
import org.marketgov.credit.CreditViews.FlagView;
import org.marketgov.web.platform.ConsoleUser;
import org.marketgov.web.platform.Notices;

/**
 * CR-11, STAFF: removes an evaluation found malicious, with its reason, and clears the
 * open flags of credit speculation after review.
 */
@Named
@ViewScoped
public class ReviewCredit implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 50;

    @EJB
    private CreditReview review;

    @Inject
    private ConsoleUser user;

    @Inject
    private Notices notices;

    @Inject
    private CreditLabels labels;

    private Long evaluationId;
    private String reason;
    private List<FlagView> flags = List.of();

    @PostConstruct
    void load() {
        flags = review.flags(true, 0, PAGE).items();
    }

    public void remove() {
        notices.attempt(() -> {
            review.remove(evaluationId == null ? -1 : evaluationId, reason, user.origin());
            labels.info("review.removed");
            evaluationId = null;
            reason = null;
        }, Map.of("reason", "reason"));
    }

    public void clear(FlagView flag) {
        notices.attempt(() -> {
            review.clear(flag.id(), user.origin());
            labels.info("review.cleared");
        });
        load();
    }

    public List<FlagView> getFlags() {
        return flags;
    }

    public Long getEvaluationId() {
        return evaluationId;
    }

    public void setEvaluationId(Long evaluationId) {
        this.evaluationId = evaluationId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
