package org.marketgov.cases;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marketgov.cases.CaseForms.ConsultationForm;
import org.marketgov.cases.CaseViews.ConsultationView;
import org.marketgov.persistence.cases.CaseChannel;
import org.marketgov.persistence.cases.Consultation;
import org.marketgov.membership.MembershipDesk;
import org.marketgov.persistence.security.AuditOutcome;
import org.marketgov.platform.Inbox;
import org.marketgov.platform.InvalidInput;
import org.marketgov.platform.NotFound;
import org.marketgov.platform.NotificationSender.Recipient;
import org.marketgov.platform.SettingKey;
import org.marketgov.platform.SiteSettings;
import org.marketgov.security.AuditTrail;
import org.marketgov.security.Roles;

/**
 * The consulting boundary (CMP-7). Anyone asks a question online; STAFF also records
 * questions received by phone or email. STAFF answers within the answer deadline
 * (a setting, in working hours: weekends do not count, CMP-8), and completes a
 * consultation only after an answer was sent. A member who asked reads the answer here
 * and is told of it through the inbox; a visitor, or someone whose question STAFF
 * recorded from a call or an e-mail, is sent the answer at the contact they left,
 * through the outbound sender.
 */
@Stateless
@DeclareRoles({Roles.MEMBER, Roles.STAFF, Roles.AUDITOR})
public class ConsultingDesk {

    private static final Logger LOG = Logger.getLogger(ConsultingDesk.class.getName());

    @Resource
    private SessionContext caller;

    @Inject
    private Clock clock;

    @Inject
    private CaseBook book;

    @EJB
    private SiteSettings settings;

    @EJB
    private AuditTrail audit;

    @EJB
    private MembershipDesk membership;

    @EJB
    private Inbox inbox;

    /** CMP-7: records a question; PHONE and EMAIL questions are recorded by STAFF only. */
    @PermitAll
    public ConsultationView ask(ConsultationForm form, CaseChannel online) {
        CaseForms.requireValid(CaseForms.check(form));
        CaseChannel channel = form.channel() == null ? online
                : CaseForms.parse(CaseChannel.class, form.channel());
        boolean offline = channel == CaseChannel.PHONE || channel == CaseChannel.EMAIL;
        if (offline && !caller.isCallerInRole(Roles.STAFF)) {
            throw InvalidInput.of("channel", "PHONE and EMAIL questions are recorded by STAFF");
        }

        OffsetDateTime now = now();
        boolean member = caller.isCallerInRole(Roles.MEMBER);
        Long memberId = member ? membership.myTradingStanding().memberId() : null;
        Consultation c = new Consultation(new Consultation.Question(form.question().strip(),
                form.contact().strip(), channel, member ? me() : null, memberId), now,
                WorkingDays.plus(now, Duration.ofHours(settings.number(
                        SettingKey.CONSULTATION_ANSWER_HOURS)), settings.zone()));
        book.add(c);

        LOG.log(Level.INFO, "consultation {0} asked via {1}", new Object[] {c.id(), channel});
        return view(c);
    }

    /** CMP-7: a consultation, for STAFF and for the member who asked it. */
    @RolesAllowed({Roles.MEMBER, Roles.STAFF})
    public ConsultationView consultation(long id) {
        Consultation c = book.consultation(id);
        if (!caller.isCallerInRole(Roles.STAFF) && !me().equals(c.askedBy())) {
            throw new NotFound("consultation " + id);
        }
        return view(c);
    }

    /** CMP-7: STAFF sends an answer; it may be corrected until the case is completed. */
    @RolesAllowed(Roles.STAFF)
    public ConsultationView answer(long id, String text, String origin) {
        CaseForms.requireValid(CaseForms.checkText("text", text, CaseForms.MAX_TEXT));
        Consultation c = book.lockConsultation(id);
        ConsultationRules.requireMayAnswer(c.status());

        c.answer(text.strip(), me(), now());
        audit.record(me(), "CONSULTATION_ANSWERED", "consultation " + id,
                AuditOutcome.SUCCESS, origin, null);
        tellAsker(c);

        LOG.log(Level.INFO, "consultation {0} answered", id);
        return view(c);
    }

    /** CMP-7: completes a consultation, refused until an answer was sent. */
    @RolesAllowed(Roles.STAFF)
    public ConsultationView complete(long id, String origin) {
        Consultation c = book.lockConsultation(id);
        ConsultationRules.requireMayComplete(c.status());

        c.complete(now());
        audit.record(me(), "CONSULTATION_COMPLETED", "consultation " + id,
                AuditOutcome.SUCCESS, origin, null);

        LOG.log(Level.INFO, "consultation {0} completed", id);
        return view(c);
    }

    /** CMP-7: the answer reaches the asking member's inbox, or the visitor's contact. */
    private void tellAsker(Consultation c) {
        String subject = "Answer to your question Q-" + c.id();
        Recipient to = ConsultationRules.answerGoesTo(c.askerMemberId(), c.contact());
        if (to.isMember()) {
            inbox.notify(to.memberId(), subject, c.answer());
        } else {
            inbox.notifyContact(to.contact(), subject, c.answer());
        }
    }

    static ConsultationView view(Consultation c) {
        return new ConsultationView(c.id(), c.question(), c.contact(), c.channel(), c.status(),
                c.askedAt(), c.answerDue(), c.answer(), c.answeredAt(), c.completedAt());
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
