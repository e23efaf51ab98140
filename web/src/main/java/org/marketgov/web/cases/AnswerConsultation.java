package org.marketgov.web.cases;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.marketgov.cases.CaseViews.ConsultationView;
import org.marketgov.cases.ConsultingDesk;
import org.marketgov.web.platform.ConsoleUser;
import org.marketgov.web.platform.Notices;

/** CMP-7: STAFF answers one consultation and completes it once answered. */
@Named
@ViewScoped
public class AnswerConsultation implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ConsultingDesk desk;

    @Inject
    private ConsoleUser user;

    @Inject
    private Notices notices;

    @Inject
    private CaseLabels labels;

    private Long id;
    private ConsultationView consultation;
    private String answer;

    public void load() {
        notices.attempt(() -> {
            consultation = id == null ? null : desk.consultation(id);
        });
    }

    public void send() {
        notices.attempt(() -> {
            consultation = desk.answer(id, answer, user.origin());
            labels.info("case.saved");
            answer = null;
        }, Map.of("text", "answer"));
    }

    public void complete() {
        notices.attempt(() -> {
            consultation = desk.complete(id, user.origin());
            labels.info("case.saved");
        });
    }

    public ConsultationView getConsultation() {
        return consultation;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
