package org.marketgov.web.cases;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.marketgov.cases.CaseForms.ComplaintForm;
import org.marketgov.cases.CaseViews.ComplaintLine;
import org.marketgov.cases.ComplaintDesk;
import org.marketgov.persistence.cases.CaseChannel;
import org.marketgov.persistence.cases.ComplaintType;
import org.marketgov.platform.InvalidInput;
import org.marketgov.platform.NotFound;
import org.marketgov.platform.RuleViolation;
import org.marketgov.web.platform.ConsoleUser;
import org.marketgov.web.platform.Notices;

/**
 * CMP-1: the member's complaints page: the complaints they filed or are named in,
 * and a form to complain about one of their trades (the trade page passes its id),
 * naming the type of harm and the facts. The site finds the other party itself.
 *
 * <p>Limitation: the list shows the newest 100 complaints without paging.
 */
@Named
@ViewScoped
public class MyComplaints implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;

    @EJB
    private ComplaintDesk desk;

    @Inject
    private ConsoleUser user;

    @Inject
    private Notices notices;

    @Inject
    private CaseLabels labels;

    private Long tradeId;
    private ComplaintType type = ComplaintType.OTHER;
    private String facts;
    private List<ComplaintLine> complaints = List.of();

    public void load() {
        complaints = desk.mine(SHOWN);
    }

    /** CMP-1: files the complaint and opens its page. */
    public String file() {
        ComplaintForm form = new ComplaintForm(tradeId, type == null ? null : type.name(),
                facts, null, null);
        try {
            long id = desk.file(form, CaseChannel.WEB, user.origin()).id();
            labels.info("case.saved");
            notices.keepAcrossRedirect();
            return "/member/complaint?faces-redirect=true&id=" + id;
        } catch (InvalidInput e) {
            notices.invalid(e, Map.of("tradeId", "trade", "type", "type", "facts", "facts"));
        } catch (RuleViolation e) {
            notices.refused(e);
        } catch (NotFound e) {
            notices.missing(e);
        } catch (EJBAccessException e) {
            notices.denied(e);
        }
        return null;
    }

    public ComplaintType[] getTypes() {
        return ComplaintType.values();
    }

    public List<ComplaintLine> getComplaints() {
        return complaints;
    }

    public Long getTradeId() {
        return tradeId;
    }

    public void setTradeId(Long tradeId) {
        this.tradeId = tradeId;
    }

    public ComplaintType getType() {
        return type;
    }

    public void setType(ComplaintType type) {
        this.type = type;
    }

    public String getFacts() {
        return facts;
    }

    public void setFacts(String facts) {
        this.facts = facts;
    }
}
