package org.marketgov.web.cases;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.marketgov.cases.CaseForms.ConsultationForm;
import org.marketgov.cases.CaseViews.ConsultationView;
import org.marketgov.cases.ConsultingDesk;
import org.marketgov.persistence.cases.CaseChannel;
import org.marketgov.web.platform.Notices;

/** CMP-7: the public page where anyone asks the site a question and leaves a contact. */
@Named
@ViewScoped
public class AskQuestion implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ConsultingDesk desk;

    @Inject
    private Notices notices;

    private String question;
    private String contact;
    private ConsultationView asked;

    public void ask() {
        notices.attempt(() -> {
            asked = desk.ask(new ConsultationForm(question, contact, null), CaseChannel.WEB);
            question = null;
        }, Map.of("question", "question", "contact", "contact"));
    }

    /** The question this page recorded, for the confirmation. */
    public ConsultationView getAsked() {
        return asked;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }
}
