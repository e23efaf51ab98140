package org.marketgov.web.cases;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.marketgov.cases.AccusationDesk;
import org.marketgov.cases.CaseViews.AccusationView;
import org.marketgov.web.platform.Notices;

/**
 * CMP-5: the accused member reads an accusation about them and appeals it, once, within
 * the window. The desk enforces both limits; the page only offers the form while no
 * appeal was made and shows the desk's refusal with its rule otherwise. An anonymous
 * informant is not shown (CMP-4): the desk does not answer one to the accused.
 *
 * <p>Limitation: the member pages list no accusations; the accused opens this page with
 * the accusation number from the inbox notice ({@code /member/accusation.xhtml?id=N}).
 */
@Named
@ViewScoped
public class AppealAccusation implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AccusationDesk desk;

    @Inject
    private Notices notices;

    @Inject
    private CaseLabels labels;

    private Long id;
    private AccusationView accusation;
    private String text;

    public void load() {
        notices.attempt(() -> {
            accusation = id == null ? null : desk.accusation(id);
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
