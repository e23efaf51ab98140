package org.marketgov.web.cases;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.marketgov.cases.CaseForms.ComplaintForm;
import org.marketgov.cases.ComplaintDesk;
import org.marketgov.persistence.cases.CaseChannel;
import org.marketgov.persistence.cases.ComplaintType;
import org.marketgov.platform.InvalidInput;
import org.marketgov.platform.NotFound;
import org.marketgov.platform.RuleViolation;
import org.marketgov.web.platform.ConsoleUser;
import org.marketgov.web.platform.Notices;

/**
 * CMP-1: the STAFF page for recording a complaint a member made by phone or email. The
 * boundary checks the channel, the trade and that the complainant is one of its parties.
 */
@Named
@ViewScoped
public class RecordComplaint implements Serializable {

    private static final long serialVersionUID = 1L;

    /** STAFF records only what did not come through the site itself. */
    private static final CaseChannel[] CHANNELS = {CaseChannel.PHONE, CaseChannel.EMAIL};

    /** Where each field the boundary names is typed in on the page. */
    private static final Map<String, String> INPUTS = Map.of("tradeId", "trade",
            "complainantId", "complainant", "type", "type", "facts", "facts",
            "channel", "channel");

    @EJB
    private ComplaintDesk desk;

    @Inject
    private ConsoleUser user;

    @Inject
    private Notices notices;

    @Inject
    private CaseLabels labels;

    private Long tradeId;
    private Long complainantId;
    private ComplaintType type = ComplaintType.OTHER;
    private String facts;
    private CaseChannel channel = CaseChannel.PHONE;

    /** CMP-1: records the complaint and opens its console page. */
    public String record() {
        ComplaintForm form = new ComplaintForm(tradeId, type == null ? null : type.name(),
                facts, channel == null ? null : channel.name(), complainantId);
        try {
            // The channel argument is for members; for STAFF the form's channel counts.
            long id = desk.file(form, channel, user.origin()).id();
            labels.info("case.saved");
            notices.keepAcrossRedirect();
            return "/console/cases/complaint?faces-redirect=true&id=" + id;
        } catch (InvalidInput e) {
            notices.invalid(e, INPUTS);
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

    public CaseChannel[] getChannels() {
        return CHANNELS.clone();
    }

    public Long getTradeId() {
        return tradeId;
    }

    public void setTradeId(Long tradeId) {
        this.tradeId = tradeId;
    }

    public Long getComplainantId() {
        return complainantId;
    }

    public void setComplainantId(Long complainantId) {
        this.complainantId = complainantId;
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

    public CaseChannel getChannel() {
        return channel;
    }

    public void setChannel(CaseChannel channel) {
        this.channel = channel;
    }
}
