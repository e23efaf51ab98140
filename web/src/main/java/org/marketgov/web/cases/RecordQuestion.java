package org.marketgov.web.cases;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.marketgov.cases.CaseForms.ConsultationForm;
import org.marketgov.cases.ConsultingDesk;
import org.marketgov.persistence.cases.CaseChannel;
import org.marketgov.platform.InvalidInput;
import org.marketgov.web.platform.Notices;

/**
 * CMP-7: the STAFF page for recording a question someone asked by phone or email. The
 * boundary stores the channel and lets only STAFF record these two; the question is
 * then answered on its consultation page like any other.
 */
@Named
@ViewScoped
public class RecordQuestion implements Serializable {

    private static final long serialVersionUID = 1L;

    /** STAFF records only what did not come through the site itself. */
    private static final CaseChannel[] CHANNELS = {CaseChannel.PHONE, CaseChannel.EMAIL};

    /** Where each field the boundary names is typed in on the page. */
    private static final Map<String, String> INPUTS = Map.of("question", "question",
            "contact", "contact", "channel", "channel");

    @EJB
    private ConsultingDesk desk;

    @Inject
    private Notices notices;

    @Inject
    private CaseLabels labels;

    private String question;
    private String contact;
    private CaseChannel channel = CaseChannel.PHONE;

    /** CMP-7: records the question and opens its consultation page. */
    public String record() {
        ConsultationForm form = new ConsultationForm(question, contact,
                channel == null ? null : channel.name());
        try {
            // The second argument is the channel of online questions; the form's counts.
            long id = desk.ask(form, CaseChannel.WEB).id();
            labels.info("case.saved");
            notices.keepAcrossRedirect();
            return "/console/cases/consultation?faces-redirect=true&id=" + id;
        } catch (InvalidInput e) {
            notices.invalid(e, INPUTS);
        } catch (EJBAccessException e) {
            notices.denied(e);
        }
        return null;
    }

    public CaseChannel[] getChannels() {
        return CHANNELS.clone();
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

    public CaseChannel getChannel() {
        return channel;
    }

    public void setChannel(CaseChannel channel) {
        this.channel = channel;
    }
}
