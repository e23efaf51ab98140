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
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.marketgov.cases.CaseForms.AccusationForm;
import org.marketgov.cases.CaseForms.DecisionForm;
import org.marketgov.cases.CaseViews.AccusationLine;
import org.marketgov.cases.CaseViews.AccusationPage;
import org.marketgov.cases.CaseViews.AccusationReceipt;
import org.marketgov.cases.CaseViews.AccusationView;
import org.marketgov.membership.MembershipDesk;
import org.marketgov.persistence.cases.Accusation;
import org.marketgov.persistence.cases.AccusationCategory;
import org.marketgov.persistence.cases.AccusationTarget;
import org.marketgov.persistence.security.AuditOutcome;
import org.marketgov.platform.Inbox;
import org.marketgov.platform.InvalidInput;
import org.marketgov.platform.NotFound;
import org.marketgov.platform.SettingKey;
import org.marketgov.platform.SiteSettings;
import org.marketgov.security.AuditTrail;
import org.marketgov.security.Roles;
import org.marketgov.trading.TradingDesk;

/**
 * The accusations boundary (CMP-4, CMP-5). Anyone reports a listing or a member, under
 * their name or anonymously. An anonymous informant is sealed (CMP-4): no answer to the
 * accused or to STAFF names them, the audit trail records the filing as
 * {@value #SEALED}, and only a break-glass request approved by an AUDITOR unseals it
 * ({@link InformantUnsealing}, DS-4). The anonymous informant follows the case with a
 * tracking code; a real-name informant is told of changes through the inbox. The accused is notified and may
 * appeal once within the window; STAFF decides, and an upheld accusation leads to the
 * next penalty of the ladder ({@link Penalties}, CMP-6).
 *
 * <p>Limitation: DS-3 audits every login, so a member who logs in only to file an
 * anonymous report leaves a LOGIN line next to the sealed filing; filing without a
 * login (the tracking code still works) leaves no such trace.
 */
@Stateless
@DeclareRoles({Roles.MEMBER, Roles.STAFF, Roles.AUDITOR})
public class AccusationDesk {

    /** Who the audit trail names as the actor of an anonymous report. */
    static final String SEALED = "(sealed informant)";

    private static final Logger LOG = Logger.getLogger(AccusationDesk.class.getName());

    @Resource
    private SessionContext caller;

    @Inject
    private Clock clock;

    @Inject
    private CaseBook book;

    @Inject
    private Penalties penalties;

    @EJB
    private TradingDesk trading;

    @EJB
    private MembershipDesk membership;

    @EJB
    private SiteSettings settings;

    @EJB
    private AuditTrail audit;

    @EJB
    private Inbox inbox;

    /**
     * CMP-4: files a report. A real-name report needs a member login; an anonymous one
     * may come from anyone and answers a tracking code, shown this once. The accused
     * (the listing's seller, or the member reported) is notified at once (CMP-5).
     */
    @PermitAll
    public AccusationReceipt file(AccusationForm form, String origin) {
        CaseForms.requireValid(CaseForms.check(form));
        boolean anonymous = Boolean.TRUE.equals(form.anonymous());
        boolean member = caller.isCallerInRole(Roles.MEMBER);
        if (!anonymous && !member) {
            throw InvalidInput.of("anonymous", "a real-name report needs a member login");
        }
        AccusationTarget target = CaseForms.parse(AccusationTarget.class, form.targetType());
        long accused = accusedOf(target, form.targetId());

        OffsetDateTime now = now();
        String code = anonymous ? TrackingCodes.newCode() : null;
        Long informantId = member ? membership.myTradingStanding().memberId() : null;
        Accusation a = new Accusation(new Accusation.Report(target, form.targetId(), accused,
                CaseForms.parse(AccusationCategory.class, form.category()),
                form.description().strip()),
                new Accusation.Informant(anonymous, informantId, member ? me() : null,
                        code == null ? null : TrackingCodes.hash(code)),
                deadlines(now), now);
        book.add(a);
        audit.record(anonymous ? SEALED : me(), "ACCUSATION_FILED", "accusation " + a.id(),
                AuditOutcome.SUCCESS, anonymous ? null : origin, a.category().name());
        inbox.notify(accused, "An accusation concerns you",
                "Accusation " + a.id() + " (" + a.category() + ") about your " + target
                        + " " + a.targetId() + ". You may appeal once until "
                        + a.appealUntil() + ".");

        LOG.log(Level.INFO, "accusation {0} filed about {1} {2}",
                new Object[] {a.id(), target, a.targetId()});
        return new AccusationReceipt(a.id(), a.status(), code);
    }

    /**
     * CMP-4: an accusation as the accused, its informant or STAFF may read it; to
     * anyone else it does not exist. The informant is named only to themselves, or to
     * everyone who may read it when the report was real-name.
     */
    @RolesAllowed({Roles.MEMBER, Roles.STAFF})
    public AccusationView accusation(long id) {
        Accusation a = book.accusation(id);
        if (caller.isCallerInRole(Roles.STAFF)) {
            return view(a, a.informantIfRealName());
        }
        if (a.isInformant(me())) {
            return view(a, me());
        }
        if (membership.myTradingStanding().memberId() != a.accusedId()) {
            throw new NotFound("accusation " + id);
        }
        return view(a, a.informantIfRealName());
    }

    /**
     * CMP-4, CMP-5: a page of the calling member's accusations, newest first: those about
     * them, with their appeal windows, and those they filed, anonymous ones included. Who
     * filed one about the member is not part of a line.
     */
    @RolesAllowed(Roles.MEMBER)
    public AccusationPage mine(int page, int size) {
        long me = membership.myMemberId();
        List<AccusationLine> lines = book.accusationsOf(me, me(), page * size, size).stream()
                .map(a -> new AccusationLine(a.id(), a.targetType(), a.targetId(),
                        a.category(), a.status(), a.filedAt(), a.appealUntil(),
                        a.appealedAt() != null, a.accusedId() == me))
                .toList();
        return new AccusationPage(lines, book.countAccusationsOf(me, me()));
    }

    /** CMP-4: the anonymous informant follows the case with the tracking code. */
    @PermitAll
    public AccusationView tracked(String code) {
        if (code == null || code.isBlank() || code.length() > 64) {
            throw new NotFound("tracking code");
        }
        return view(book.accusationTracked(TrackingCodes.hash(code)), null);
    }

    /** CMP-5: the accused appeals, once, within the window. */
    @RolesAllowed(Roles.MEMBER)
    public AccusationView appeal(long id, String text) {
        CaseForms.requireValid(CaseForms.checkText("text", text, CaseForms.MAX_TEXT));
        Accusation a = book.lockAccusation(id);
        if (membership.myTradingStanding().memberId() != a.accusedId()) {
            throw new NotFound("accusation " + id);
        }
        AccusationRules.requireMayAppeal(a.status(), a.appealedAt(), a.appealUntil(), clock);

        a.appeal(text.strip(), now());
        audit.record(me(), "ACCUSATION_APPEALED", "accusation " + id, AuditOutcome.SUCCESS,
                null, null);
        tellRealNameInformant(a, "The accused appealed.");

        LOG.log(Level.INFO, "accusation {0} appealed", id);
        return view(a, a.informantIfRealName());
    }

    /**
     * CMP-5, CMP-6: STAFF decides, once the accused has appealed or the appeal window
     * has closed. An upheld accusation imposes the member's next
     * penalty, citing it; an unfounded one is closed as invalid. The accused and a
     * real-name informant are told; an anonymous one sees it with the tracking code.
     */
    @RolesAllowed(Roles.STAFF)
    public AccusationView decide(long id, DecisionForm form, String origin) {
        CaseForms.requireValid(CaseForms.check(form));
        Accusation a = book.lockAccusation(id);
        AccusationRules.requireMayDecide(a.status(), a.appealedAt(), a.appealUntil(), clock);

        boolean upheld = "UPHELD".equalsIgnoreCase(form.outcome().strip());
        String reason = form.reason().strip();
        a.decide(upheld, reason, upheld ? penalties.impose(a, reason,
                Boolean.TRUE.equals(form.serious()), me(), origin) : null, me(), now());
        audit.record(me(), upheld ? "ACCUSATION_UPHELD" : "ACCUSATION_UNFOUNDED",
                "accusation " + id, AuditOutcome.SUCCESS, origin, reason);
        inbox.notify(a.accusedId(), "Accusation " + id + " decided: " + a.status(), reason);
        tellRealNameInformant(a, "Decided " + a.status() + ": " + reason);

        LOG.log(Level.INFO, "accusation {0} decided {1}", new Object[] {id, a.status()});
        return view(a, a.informantIfRealName());
    }

    private long accusedOf(AccusationTarget target, long targetId) {
        if (target == AccusationTarget.LISTING) {
            return trading.listing(targetId).sellerId();
        }
        return membership.publicIdentity(targetId).memberId();
    }

    private Accusation.Deadlines deadlines(OffsetDateTime now) {
        OffsetDateTime until = AccusationRules.appealUntil(now,
                settings.number(SettingKey.ACCUSATION_APPEAL_DAYS));
        return new Accusation.Deadlines(until, WorkingDays.after(until,
                settings.number(SettingKey.ACCUSATION_DECISION_DAYS), settings.zone()));
    }

    private void tellRealNameInformant(Accusation a, String body) {
        Long informant = a.informantMemberIfRealName();
        if (informant != null) {
            inbox.notify(informant, "Your accusation " + a.id(), body);
        }
    }

    static AccusationView view(Accusation a, String informant) {
        return new AccusationView(a.id(), a.targetType(), a.targetId(), a.accusedId(),
                a.category(), a.description(), a.anonymous(), informant, a.status(),
                a.filedAt(), a.appealUntil(), a.appealText(), a.appealedAt(),
                a.decisionReason(), a.decidedAt(), a.penalty());
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
