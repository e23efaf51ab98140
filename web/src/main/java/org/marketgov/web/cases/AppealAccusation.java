package org.marketgov.web.cases;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.marketgov.cases.AccusationDesk;
import org.marketgov.cases.CaseViews.AccusationView;
import org.marketgov.membership.MembershipDesk;
import org.marketgov.web.platform.Notices;

/**
 * CMP-5: the accused member reads an accusation about them and appeals it, once, within
 * the window. The desk enforces both limits; the page only offers the form while no
 * appeal was made and shows the desk's refusal with its rule otherwise. An anonymous
 * informant is not shown (CMP-4): the desk does not answer one to the accused. The member
 * reaches this page from their accusations list or the inbox notice; their own report
 * opens here too, without the appeal form.
 */
@Named
@ViewScoped
public class AppealAccusation implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AccusationDesk desk;

    @EJB
    private MembershipDesk membership;

    @Inject
    private Notices notices;

    @Inject
    private CaseLabels labels;

    private Long id;
    private AccusationView accusation;
    private boolean aboutMe;
    private String text;

    public void load() {
        notices.attempt(() -> {
            accusation = id == null ? null : desk.accusation(id);
            aboutMe = accusation != null
                    && accusation.accusedId() == membership.myMemberId();
        });
    }

    public void appeal() {
        notices.attempt(() -> {
            accusation = desk.appeal(id, text);
            labels.info("case.saved");
        }, Map.of("text", "appeal-text"));
    }

    public AccusationView getAccusation() {
        return accusation;
    }

    /** Whether the caller is the accused, who alone may appeal. */
    public boolean isAboutMe() {
        return aboutMe;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
