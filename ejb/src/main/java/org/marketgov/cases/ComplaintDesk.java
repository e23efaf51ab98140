package org.marketgov.cases;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
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
import org.marketgov.cases.CaseForms.AdmissionForm;
import org.marketgov.cases.CaseForms.ComplaintForm;
import org.marketgov.cases.CaseForms.RemovalForm;
import org.marketgov.cases.CaseViews.CaseFile;
import org.marketgov.cases.CaseViews.ComplaintLine;
import org.marketgov.cases.CaseViews.ComplaintView;
import org.marketgov.cases.CaseViews.Filed;
import org.marketgov.credit.CreditReview;
import org.marketgov.credit.CreditViews.EvaluationView;
import org.marketgov.membership.MembershipDesk;
import org.marketgov.persistence.cases.CaseChannel;
import org.marketgov.persistence.cases.CaseEvidence;
import org.marketgov.persistence.cases.CaseEventKind;
import org.marketgov.persistence.cases.CaseSide;
import org.marketgov.persistence.cases.Complaint;
import org.marketgov.persistence.cases.ComplaintStatus;
import org.marketgov.persistence.cases.ComplaintType;
import org.marketgov.persistence.cases.PartyAnswer;
import org.marketgov.persistence.security.AuditOutcome;
import org.marketgov.persistence.trading.Party;
import org.marketgov.platform.Inbox;
import org.marketgov.platform.InvalidInput;
import org.marketgov.platform.NotFound;
import org.marketgov.platform.RuleViolation;
import org.marketgov.platform.SettingKey;
import org.marketgov.platform.SiteSettings;
import org.marketgov.security.AccountDirectory;
import org.marketgov.security.AuditTrail;
import org.marketgov.security.Roles;
import org.marketgov.trading.TradeViews.TradeView;
import org.marketgov.trading.TradingDesk;

/**
 * The complaints boundary (CMP-1..3). A party of a trade complains about the other
 * party; STAFF records complaints received by phone or email. STAFF admits or rejects
 * each case within the working-day deadline, citing the rule when rejecting; a
 * mediator collects statements, proposes a settlement and the parties answer. A
 * complaint the caller is no party to is reported as not found. Every change adds to
 * the case's timeline and to the audit trail in the same transaction (DS-3), and the
 * parties are told through their inbox.
 */
@Stateless
@DeclareRoles({Roles.MEMBER, Roles.STAFF, Roles.AUDITOR})
public class ComplaintDesk {

    private static final Logger LOG = Logger.getLogger(ComplaintDesk.class.getName());

    @Resource
    private SessionContext caller;

    @Inject
    private Clock clock;

    @Inject
    private CaseBook book;

    @Inject
    private Timelines timelines;

    @EJB
    private TradingDesk trading;

    @EJB
    private MembershipDesk membership;

    @EJB
    private CreditReview credit;

    @EJB
    private SiteSettings settings;

    @EJB
    private AuditTrail audit;

    @EJB
    private Inbox inbox;

    @EJB
    private AccountDirectory accounts;

    /**
     * CMP-1: files a complaint about a trade against its other party. A member files
     * their own through {@code channel} (WEB or API); STAFF records one received by
     * PHONE or EMAIL for the complainant it names. One open complaint per member and
     * trade. The admission deadline is fixed now, in working days (CMP-2).
     */
    @RolesAllowed({Roles.MEMBER, Roles.STAFF})
    public Filed file(ComplaintForm form, CaseChannel channel, String origin) {
        CaseForms.requireValid(CaseForms.check(form));
        boolean staff = caller.isCallerInRole(Roles.STAFF);
        CaseChannel used = staff ? staffChannel(form) : channel;
        TradeView trade = trading.trade(form.tradeId());
        long complainant = staff ? complainantNamed(form) : membership.myTradingStanding()
                .memberId();
        long respondent = ComplaintRules.respondent(trade.buyerId(), trade.sellerId(),
                complainant);
        if (book.hasOpenComplaint(trade.id(), complainant)) {
            throw new RuleViolation("CMP-1", "an open complaint about this trade exists");
        }

        OffsetDateTime now = now();
        String number = ComplaintRules.caseNumber(now, settings.zone(), book.nextCaseNumber());
        OffsetDateTime due = WorkingDays.after(now,
                settings.number(SettingKey.CASE_ADMISSION_DAYS), settings.zone());
        Complaint c = new Complaint(new Complaint.Filing(number, trade.id(),
                CaseForms.parse(ComplaintType.class, form.type()), form.facts().strip(), used,
                staff ? me() : null, complainant, respondent), now, due);
        book.add(c);
        timelines.add(c, CaseEventKind.FILED, staff ? CaseSide.STAFF : CaseSide.COMPLAINANT,
                me(), used + ": " + c.type());
        audit.record(me(), "COMPLAINT_FILED", c.caseNumber(), AuditOutcome.SUCCESS, origin,
                used.name());
        inbox.notify(respondent, "A complaint names you: " + number,
                "A complaint about trade " + trade.id() + " was filed; you may add a"
                        + " statement once it is accepted.");

        LOG.log(Level.INFO, "complaint {0} filed as {1}", new Object[] {c.id(), number});
        return new Filed(c.id(), number, c.status());
    }

    /** CMP-1: the newest complaints the calling member filed or is named in. */
    @RolesAllowed(Roles.MEMBER)
    public List<ComplaintLine> mine(int max) {
        long me = membership.myTradingStanding().memberId();
        return book.complaintsOf(me, Math.max(1, Math.min(max, 200))).stream()
                .map(c -> new ComplaintLine(c.id(), c.caseNumber(), c.tradeId(), c.type(),
                        c.status(), c.filedAt(), c.complainantId() == me))
                .toList();
    }

    /** A complaint with its timeline, for its parties and STAFF. */
    @RolesAllowed({Roles.MEMBER, Roles.STAFF})
    public ComplaintView complaint(long id) {
        Complaint c = readable(id);
        return timelines.view(c);
    }

    /** CMP-2: STAFF accepts the case, or rejects it citing the rule it falls outside. */
    @RolesAllowed(Roles.STAFF)
    public ComplaintView admit(long id, AdmissionForm form, String origin) {
        CaseForms.requireValid(CaseForms.check(form));
        Complaint c = book.lockComplaint(id);
        ComplaintRules.require(c.status() == ComplaintStatus.SUBMITTED, "CMP-2",
                "the case was already admitted or rejected");

        String reason = CaseForms.strip(form.reason());
        if (form.accepted()) {
            c.accept(now());
            timelines.add(c, CaseEventKind.ACCEPTED, CaseSide.STAFF, me(), reason);
            tellBoth(c, "Complaint " + c.caseNumber() + " accepted",
                    "A mediator will be assigned.");
        } else {
            String rule = form.rule().strip();
            c.reject(rule, reason, now());
            timelines.add(c, CaseEventKind.REJECTED, CaseSide.STAFF, me(), rule + ": " + reason);
            inbox.notify(c.complainantId(), "Complaint " + c.caseNumber() + " rejected",
                    "Outside scope under " + rule + ": " + reason);
        }
        staffChange(c, form.accepted() ? "COMPLAINT_ACCEPTED" : "COMPLAINT_REJECTED", origin,
                reason);
        return timelines.view(c);
    }

    /**
     * CMP-3: assigns a mediator (the caller when none is named) to an accepted case, or
     * hands a case in mediation over to another. The name must be a STAFF account.
     */
    @RolesAllowed(Roles.STAFF)
    public ComplaintView assign(long id, String mediator, String origin) {
        String who = CaseForms.strip(mediator) == null ? me() : mediator.strip();
        if (!who.matches("[A-Za-z0-9_-]{3,32}") || !accounts.isStaff(who)) {
            throw InvalidInput.of("mediator", "the username of a STAFF account");
        }
        Complaint c = book.lockComplaint(id);
        ComplaintRules.require(c.status() == ComplaintStatus.ACCEPTED || c.isInMediation(),
                "CMP-3", "a mediator is assigned to an accepted case");

        c.assign(who);
        timelines.add(c, CaseEventKind.MEDIATOR_ASSIGNED, CaseSide.STAFF, me(), who);
        staffChange(c, "MEDIATOR_ASSIGNED", origin, who);
        tellBoth(c, "Complaint " + c.caseNumber() + " is in mediation",
                "Both parties may now add statements.");
        return timelines.view(c);
    }

    /** CMP-3: a party adds a statement to a case that is accepted or in mediation. */
    @RolesAllowed(Roles.MEMBER)
    public ComplaintView state(long id, String text) {
        CaseForms.requireValid(CaseForms.checkText("text", text, CaseForms.MAX_TEXT));
        Complaint c = lockMine(id);
        ComplaintRules.require(c.status() == ComplaintStatus.ACCEPTED || c.isInMediation(),
                "CMP-3", "statements are added once the case is accepted and until it closes");

        boolean complainant = isComplainant(c);
        timelines.add(c, CaseEventKind.STATEMENT,
                complainant ? CaseSide.COMPLAINANT : CaseSide.RESPONDENT, me(), text.strip());
        audit.record(me(), "CASE_STATEMENT", c.caseNumber(), AuditOutcome.SUCCESS, null, null);
        inbox.notify(complainant ? c.respondentId() : c.complainantId(),
                "New statement in complaint " + c.caseNumber(), "The other party added one.");
        return timelines.view(c);
    }

    /**
     * CMP-3: the assigned mediator proposes a settlement; both parties are asked to
     * answer.
     */
    @RolesAllowed(Roles.STAFF)
    public ComplaintView propose(long id, String text, String origin) {
        CaseForms.requireValid(CaseForms.checkText("text", text, CaseForms.MAX_TEXT));
        Complaint c = book.lockComplaint(id);
        ComplaintRules.require(c.status() == ComplaintStatus.IN_MEDIATION, "CMP-3",
                "a proposal needs a mediator and no proposal waiting for answers");
        ComplaintRules.requireMediator(c.mediator(), me());

        c.propose(text.strip(), now());
        timelines.add(c, CaseEventKind.PROPOSAL, CaseSide.MEDIATOR, me(), text.strip());
        staffChange(c, "SETTLEMENT_PROPOSED", origin, null);
        tellBoth(c, "Settlement proposed in complaint " + c.caseNumber(),
                "Please accept or refuse the proposal.");
        return timelines.view(c);
    }

    /** CMP-3: a party accepts or refuses the proposal; both acceptances settle the case. */
    @RolesAllowed(Roles.MEMBER)
    public ComplaintView answer(long id, boolean accept) {
        Complaint c = lockMine(id);
        ComplaintRules.require(c.status() == ComplaintStatus.PROPOSED, "CMP-3",
                "there is no proposal to answer");
        boolean complainant = isComplainant(c);
        PartyAnswer earlier = complainant ? c.complainantAnswer() : c.respondentAnswer();
        ComplaintRules.require(earlier == null, "CMP-3", "this party already answered");
        PartyAnswer other = complainant ? c.respondentAnswer() : c.complainantAnswer();
        if (!accept || other == PartyAnswer.ACCEPTED) {
            endWait(c);
        }

        PartyAnswer answer = accept ? PartyAnswer.ACCEPTED : PartyAnswer.REFUSED;
        c.answer(complainant, answer, now());
        timelines.add(c, accept ? CaseEventKind.PROPOSAL_ACCEPTED
                : CaseEventKind.PROPOSAL_REFUSED,
                complainant ? CaseSide.COMPLAINANT : CaseSide.RESPONDENT, me(), null);
        audit.record(me(), "PROPOSAL_" + answer, c.caseNumber(), AuditOutcome.SUCCESS, null,
                null);
        if (c.status() == ComplaintStatus.SETTLED) {
            timelines.add(c, CaseEventKind.SETTLED, CaseSide.MEDIATOR, me(), c.outcomeNote());
            tellBoth(c, "Complaint " + c.caseNumber() + " settled", c.outcomeNote());
            LOG.log(Level.INFO, "complaint {0} settled", c.id());
        }
        return timelines.view(c);
    }

    /**
     * CMP-3: the assigned mediator ends a case the parties could not settle. Both are
     * told they may turn to the authorities or a court, with the case file exported for
     * them.
     */
    @RolesAllowed(Roles.STAFF)
    public ComplaintView fail(long id, String reason, String origin) {
        CaseForms.requireValid(CaseForms.checkText("reason", reason, CaseForms.MAX_REASON));
        Complaint c = book.lockComplaint(id);
        ComplaintRules.require(c.isInMediation(), "CMP-3", "only a case in mediation can fail");
        ComplaintRules.requireMediator(c.mediator(), me());

        endWait(c);
        c.fail(reason.strip(), now());
        timelines.add(c, CaseEventKind.MEDIATION_FAILED, CaseSide.MEDIATOR, me(),
                reason.strip());
        staffChange(c, "MEDIATION_FAILED", origin, reason.strip());
        tellBoth(c, "Mediation of complaint " + c.caseNumber() + " failed",
                "You may turn to the authorities or a court; the case file can be exported"
                        + " for them from the case page.");
        LOG.log(Level.INFO, "complaint {0} mediation failed", c.id());
        return timelines.view(c);
    }

    /** CMP-3: the complainant withdraws an open case. */
    @RolesAllowed(Roles.MEMBER)
    public ComplaintView withdraw(long id, String reason) {
        Complaint c = lockMine(id);
        if (!isComplainant(c)) {
            throw new RuleViolation("CMP-3", "only the complainant may withdraw a case");
        }
        ComplaintRules.require(!c.status().isFinal(), "CMP-3", "the case is already closed");

        String note = CaseForms.strip(reason) == null ? "withdrawn by the complainant"
                : reason.strip();
        endWait(c);
        c.withdraw(note, now());
        timelines.add(c, CaseEventKind.WITHDRAWN, CaseSide.COMPLAINANT, me(), note);
        audit.record(me(), "COMPLAINT_WITHDRAWN", c.caseNumber(), AuditOutcome.SUCCESS, null,
                null);
        inbox.notify(c.respondentId(), "Complaint " + c.caseNumber() + " withdrawn", note);
        return timelines.view(c);
    }

    /**
     * CR-11 through CMP-3: a MALICIOUS_EVALUATION case in mediation ends with the
     * evaluation of the complainant removed by STAFF; it must belong to the trade and
     * come from the other party.
     */
    @RolesAllowed(Roles.STAFF)
    public ComplaintView removeEvaluation(long id, RemovalForm form, String origin) {
        CaseForms.requireValid(form == null ? CaseForms.checkText("body", null, 1)
                : CaseForms.checkText("reason", form.reason(), CaseForms.MAX_REASON));
        if (form.evaluationId() == null) {
            throw InvalidInput.of("evaluationId", "required");
        }
        Complaint c = book.lockComplaint(id);
        ComplaintRules.require(c.type() == ComplaintType.MALICIOUS_EVALUATION
                && (c.status() == ComplaintStatus.ACCEPTED || c.isInMediation()), "CR-11",
                "only an accepted MALICIOUS_EVALUATION complaint ends with a removal");

        EvaluationView removed = credit.remove(form.evaluationId(), form.reason(), origin);
        Party complainantSide = trading.trade(c.tradeId()).buyerId() == c.complainantId()
                ? Party.BUYER : Party.SELLER;
        ComplaintRules.require(removed.tradeId() == c.tradeId()
                && removed.from() != complainantSide, "CR-11",
                "the evaluation is not the other party's evaluation of this trade");
        String note = "evaluation " + removed.id() + " removed (CR-11): " + form.reason().strip();
        if (c.status() == ComplaintStatus.ACCEPTED) {
            c.assign(me());
        }
        endWait(c);
        c.settleByRemoval(removed.id(), note, now());
        timelines.add(c, CaseEventKind.EVALUATION_REMOVED, CaseSide.STAFF, me(), note);
        staffChange(c, "COMPLAINT_SETTLED_BY_REMOVAL", origin, note);
        tellBoth(c, "Complaint " + c.caseNumber() + " settled", note);
        return timelines.view(c);
    }

    /**
     * CMP-3: the case file for the authorities: the complaint with its timeline, the
     * trade, and the list of evidence files with their sizes and SHA-256 digests, so a
     * file handed over later can be checked against it. STAFF may export any case; a
     * party may once mediation failed. Each export is a timeline entry and an audit line
     * (DS-3), and the file shows its own export.
     */
    @RolesAllowed({Roles.MEMBER, Roles.STAFF})
    public CaseFile caseFile(long id, String origin) {
        Complaint c = readable(id);
        boolean staff = caller.isCallerInRole(Roles.STAFF);
        if (!staff) {
            ComplaintRules.require(c.status() == ComplaintStatus.MEDIATION_FAILED, "CMP-3",
                    "a party exports the case file once mediation failed");
        }

        timelines.add(c, CaseEventKind.EXPORTED, staff ? CaseSide.STAFF
                : isComplainant(c) ? CaseSide.COMPLAINANT : CaseSide.RESPONDENT, me(), null);
        audit.record(me(), "CASE_FILE_EXPORTED", c.caseNumber(), AuditOutcome.SUCCESS, origin,
                null);

        LOG.log(Level.INFO, "complaint {0}: case file exported", c.id());
        return new CaseFile(c.caseNumber(), now(),
                "Mediation record of the market; the parties may turn to the authorities"
                        + " or a court.", timelines.view(c), trading.trade(c.tradeId()),
                book.evidence(CaseEvidence.CaseRef.complaint(c.id())));
    }

    private Complaint readable(long id) {
        Complaint c = book.complaint(id);
        if (!caller.isCallerInRole(Roles.STAFF) && !isParty(c)) {
            throw new NotFound("complaint " + id);
        }
        return c;
    }

    private Complaint lockMine(long id) {
        Complaint c = book.lockComplaint(id);
        if (!isParty(c)) {
            throw new NotFound("complaint " + id);
        }
        return c;
    }

    private boolean isParty(Complaint c) {
        if (!caller.isCallerInRole(Roles.MEMBER)) {
            return false;
        }
        long me = membership.myTradingStanding().memberId();
        return me == c.complainantId() || me == c.respondentId();
    }

    private boolean isComplainant(Complaint c) {
        return membership.myTradingStanding().memberId() == c.complainantId();
    }

    private CaseChannel staffChannel(ComplaintForm form) {
        CaseChannel ch = form.channel() == null ? null
                : CaseForms.parse(CaseChannel.class, form.channel());
        if (ch != CaseChannel.PHONE && ch != CaseChannel.EMAIL) {
            throw InvalidInput.of("channel", "STAFF records PHONE or EMAIL complaints (CMP-1)");
        }
        return ch;
    }

    private static long complainantNamed(ComplaintForm form) {
        if (form.complainantId() == null) {
            throw InvalidInput.of("complainantId", "the member who complained is required");
        }
        return form.complainantId();
    }

    /**
     * CMP-8: a step is about to end the parties' wait; it counts in working time, as
     * the mediation deadline does ({@link MediationClock}).
     */
    private void endWait(Complaint c) {
        if (c.waitingSince() != null) {
            c.endWait(WorkingDays.between(c.waitingSince(), now(), settings.zone()));
        }
    }

    private void tellBoth(Complaint c, String subject, String body) {
        inbox.notify(c.complainantId(), subject, body);
        inbox.notify(c.respondentId(), subject, body);
    }

    private void staffChange(Complaint c, String action, String origin, String detail) {
        audit.record(me(), action, c.caseNumber(), AuditOutcome.SUCCESS, origin, detail);
        LOG.log(Level.INFO, "complaint {0}: {1}", new Object[] {c.id(), action});
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
