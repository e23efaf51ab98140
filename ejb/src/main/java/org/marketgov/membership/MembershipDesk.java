package org.marketgov.membership;

import static org.marketgov.membership.MembershipRules.normalizeEmail;
import static org.marketgov.membership.MembershipRules.normalizeIdNumber;
import static org.marketgov.membership.MembershipRules.normalizeLicense;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.marketgov.membership.MemberViews.Agreement;
import org.marketgov.membership.MemberViews.MemberSummary;
import org.marketgov.membership.MemberViews.Page;
import org.marketgov.membership.MemberViews.PendingVerification;
import org.marketgov.membership.MemberViews.Profile;
import org.marketgov.membership.MemberViews.Registered;
import org.marketgov.membership.MemberViews.Rights;
import org.marketgov.membership.MemberViews.TradingStanding;
import org.marketgov.persistence.membership.AgreementDecision;
import org.marketgov.persistence.membership.AgreementVersion;
import org.marketgov.persistence.membership.BarredIdentity;
import org.marketgov.persistence.membership.Company;
import org.marketgov.persistence.membership.IdentityKind;
import org.marketgov.persistence.membership.Member;
import org.marketgov.persistence.membership.MemberKind;
import org.marketgov.persistence.membership.MemberStatus;
import org.marketgov.persistence.membership.Verification;
import org.marketgov.persistence.membership.VerificationStatus;
import org.marketgov.persistence.security.AuditOutcome;
import org.marketgov.persistence.security.FieldCipher;
import org.marketgov.platform.Inbox;
import org.marketgov.platform.InvalidInput;
import org.marketgov.platform.NotFound;
import org.marketgov.platform.RuleViolation;
import org.marketgov.security.AccountDirectory;
import org.marketgov.security.AuditTrail;
import org.marketgov.security.PasswordHashing;
import org.marketgov.security.Roles;

/**
 * The membership boundary (MEM-1..8). Members act on themselves only: every member
 * operation finds the member from the caller's principal, never from an identifier
 * the caller supplies. STAFF operations are audited (DS-3).
 */
@Stateless
@DeclareRoles({Roles.MEMBER, Roles.STAFF, Roles.AUDITOR})
public class MembershipDesk {

    /** Reasons are stored with a prefix naming their ground, within 500 characters. */
    private static final int MAX_REASON = 440;

    private static final Logger LOG = Logger.getLogger(MembershipDesk.class.getName());

    @PersistenceContext(unitName = "market")
    private EntityManager em;

    @Resource
    private SessionContext caller;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    @EJB
    private Inbox inbox;

    @EJB
    private AccountDirectory accounts;

    @Inject
    private MemberRegistry registry;

    @Inject
    @Any
    private Instance<ExitObstacles> obstacles;

    /** MEM-1: registers a person or business that accepted the current agreement. */
    @PermitAll
    public Registered register(RegistrationForm form, String origin) {
        Agreement current = currentAgreement();
        List<InvalidInput.FieldError> errors = MembershipRules.checkRegistration(form,
                MembershipRules.declaresCapacity(current.text()));
        if (!errors.isEmpty()) {
            throw new InvalidInput("MEM-1", errors);
        }
        FieldCipher cipher = FieldCipher.shared();
        String email = normalizeEmail(form.email());
        String phoneDigest = cipher.digest(form.phone());
        String licenseDigest = form.kind() == MemberKind.BUSINESS
                ? cipher.digest(normalizeLicense(form.company().licenseNumber())) : null;
        refuseBarred(cipher.digest(email), phoneDigest, licenseDigest);
        refuseDuplicates(form.username(), email, phoneDigest);

        int agreement = current.version();
        Company company = form.kind() == MemberKind.BUSINESS
                ? new Company(form.company().name().strip(),
                        normalizeLicense(form.company().licenseNumber()),
                        form.company().address().strip(), null)
                : null;
        String displayName = MembershipRules.isBlank(form.displayName())
                ? form.username() : form.displayName().strip();
        OffsetDateTime now = now();
        Member member = new Member(new Member.Registration(form.username(),
                PasswordHashing.hash(form.password()), email, form.phone(), phoneDigest,
                form.kind(), displayName, company, licenseDigest, agreement, now, origin));
        em.persist(member);
        em.flush();
        em.persist(new AgreementDecision(member.id(), agreement, true, now, origin));
        LOG.log(Level.INFO, "member {0} registered as {1}",
                new Object[] {member.id(), form.kind()});
        return new Registered(member.id(), member.username(), member.kind(), member.status());
    }

    private void refuseBarred(String emailDigest, String phoneDigest, String licenseDigest) {
        List<String> digests = new ArrayList<>(List.of(emailDigest, phoneDigest));
        if (licenseDigest != null) {
            digests.add(licenseDigest);
        }
        if (!em.createQuery("select b from BarredIdentity b where b.digest in :d",
                BarredIdentity.class).setParameter("d", digests).getResultList().isEmpty()) {
            throw new RuleViolation("MEM-6",
                    "this email, phone or license belongs to a terminated membership");
        }
    }

    private void refuseDuplicates(String username, String email, String phoneDigest) {
        List<InvalidInput.FieldError> taken = new ArrayList<>();
        if (accounts.nameTaken(username)) {
            taken.add(new InvalidInput.FieldError("username", "this username is taken"));
        }
        if (exists("select count(m) from Member m where m.email = :v", email)) {
            taken.add(new InvalidInput.FieldError("email", "this email is already registered"));
        }
        if (exists("select count(m) from Member m where m.phoneDigest = :v", phoneDigest)) {
            taken.add(new InvalidInput.FieldError("phone", "this phone is already registered"));
        }
        if (!taken.isEmpty()) {
            throw new RuleViolation("MEM-1", taken.get(0).message(),
                    taken.stream().map(InvalidInput.FieldError::field).toList());
        }
    }

    private boolean exists(String jpql, String value) {
        return em.createQuery(jpql, Long.class).setParameter("v", value).getSingleResult() > 0;
    }

    /** The caller's own profile, masked, with rights and fee status (MEM-3, MEM-4). */
    @RolesAllowed(Roles.MEMBER)
    public Profile myProfile() {
        return registry.profile(me(), currentAgreement().version());
    }

    /** MEM-2: submits identity documents for STAFF to verify. */
    @RolesAllowed(Roles.MEMBER)
    public void submitVerification(VerificationForm form) {
        Member member = meUnderCurrentAgreement();
        if (member.verification() == VerificationStatus.VERIFIED) {
            throw new RuleViolation("MEM-2", "the member is already verified");
        }
        if (member.verification() == VerificationStatus.PENDING) {
            throw new RuleViolation("MEM-2", "a verification is already waiting for review");
        }
        List<InvalidInput.FieldError> errors =
                MembershipRules.checkVerification(member.kind(), form);
        if (!errors.isEmpty()) {
            throw new InvalidInput("MEM-2", errors);
        }
        Verification.Documents docs = member.kind() == MemberKind.PERSON
                ? new Verification.Documents(normalizeIdNumber(form.idNumber()), null, null, null,
                        null)
                : new Verification.Documents(null, normalizeLicense(form.licenseNumber()),
                        form.specialLicense(), form.address().strip(), form.contact().strip());
        refuseBarredDocuments(docs);
        em.persist(new Verification(member.id(), docs, now()));
        member.awaitVerification();
        LOG.log(Level.INFO, "member {0} submitted verification", member.id());
    }

    private void refuseBarredDocuments(Verification.Documents docs) {
        String number = docs.idNumber() != null ? docs.idNumber() : docs.licenseNumber();
        if (em.find(BarredIdentity.class, FieldCipher.shared().digest(number)) != null) {
            throw new RuleViolation("MEM-6", "this identity belongs to a terminated membership");
        }
    }

    /** MEM-2: the STAFF queue of submissions waiting for a decision, oldest first, masked. */
    @RolesAllowed(Roles.STAFF)
    public Page<PendingVerification> pendingVerifications(int page, int size) {
        return registry.pendingVerifications(page, size);
    }

    /** MEM-2, DS-1, DS-3: one pending submission in clear for its reviewer, audited. */
    @RolesAllowed(Roles.STAFF)
    public PendingVerification unmaskVerification(long verificationId, String origin) {
        return registry.unmasked(verificationId, caller.getCallerPrincipal().getName(), origin);
    }

    /** MEM-2: STAFF approves or rejects a member's pending verification with a reason. */
    @RolesAllowed(Roles.STAFF)
    public void decideVerification(long memberId, boolean approved, String reason, String origin) {
        if (!approved && MembershipRules.isBlank(reason)) {
            throw InvalidInput.of("reason", "a rejection needs a reason");
        }
        if (reason != null && reason.length() > MAX_REASON) {
            throw InvalidInput.of("reason", "at most " + MAX_REASON + " characters");
        }
        Member member = member(memberId);
        Verification pending = em.createQuery("select v from Verification v where v.memberId = :m"
                        + " and v.status = :s", Verification.class)
                .setParameter("m", memberId).setParameter("s", VerificationStatus.PENDING)
                .getResultStream().findFirst()
                .orElseThrow(() -> new RuleViolation("MEM-2", "no verification is waiting"));
        String staff = caller.getCallerPrincipal().getName();
        pending.decide(approved, reason, staff, now());
        if (approved) {
            registry.applyVerifiedDocuments(member, pending.documents());
        } else {
            member.rejectVerification();
        }
        audit.record(staff, approved ? "VERIFICATION_APPROVED" : "VERIFICATION_REJECTED",
                "member " + memberId, AuditOutcome.SUCCESS, origin, reason);
        inbox.notify(memberId, approved ? "Real-name verification approved"
                : "Real-name verification rejected", approved ? "You may now sell." : reason);
    }

    /** MEM-5: leaves at once unless trades are open; the refusal lists them. */
    @RolesAllowed(Roles.MEMBER)
    public void leave(String reason) {
        if (reason != null && reason.length() > MAX_REASON) {
            throw InvalidInput.of("reason", "at most " + MAX_REASON + " characters");
        }
        Member member = me();
        List<String> blocking = blocking(member);
        if (!blocking.isEmpty()) {
            throw new RuleViolation("MEM-5", "open trades must be finished or cancelled first",
                    blocking);
        }
        member.leave(MembershipRules.isBlank(reason) ? "voluntary exit" : reason.strip(), now());
        LOG.log(Level.INFO, "member {0} left", member.id());
    }

    private List<String> blocking(Member member) {
        List<String> blocking = new ArrayList<>();
        obstacles.forEach(o -> blocking.addAll(o.blocking(member.id())));
        return blocking;
    }

    /** MEM-7: freezes a member, temporarily or permanently, for a stated reason. */
    @RolesAllowed(Roles.STAFF)
    public void freeze(long memberId, boolean permanent, String reason, String origin) {
        requireReason(reason);
        Member member = member(memberId);
        refuseIfGone(member, "MEM-7");
        member.freeze(permanent, reason.strip());
        recordStaffChange(permanent ? "MEMBER_FROZEN_PERMANENTLY" : "MEMBER_FROZEN", member, origin,
                reason);
        inbox.notify(memberId, "Your account is frozen", reason.strip());
    }

    /** MEM-7: lifts a freeze, restoring login, trading and listings. */
    @RolesAllowed(Roles.STAFF)
    public void unfreeze(long memberId, String origin) {
        Member member = member(memberId);
        if (member.status() != MemberStatus.FROZEN) {
            throw new RuleViolation("MEM-7", "the member is not frozen");
        }
        member.unfreeze();
        recordStaffChange("MEMBER_UNFROZEN", member, origin, null);
        inbox.notify(memberId, "Your account is unfrozen", "All rights are restored.");
    }

    /** MEM-6: terminates a membership and bars its identities from registering again. */
    @RolesAllowed(Roles.STAFF)
    public void terminate(long memberId, TerminationGround ground, String reason, String origin) {
        requireReason(reason);
        Member member = member(memberId);
        refuseIfGone(member, "MEM-6");
        OffsetDateTime now = now();
        TerminationGround why = ground == null ? TerminationGround.OTHER : ground;
        member.terminate(why + ": " + reason.strip(), now);
        registry.bar(member, now);
        recordStaffChange("MEMBER_TERMINATED", member, origin, why + ": " + reason.strip());
        inbox.notify(memberId, "Your membership is terminated", reason.strip());
    }

    /** STAFF search by username or display name fragment and status; no personal fields. */
    @RolesAllowed({Roles.STAFF, Roles.AUDITOR})
    public Page<MemberSummary> search(String text, MemberStatus status, int page, int size) {
        return registry.search(text, status, page, size);
    }

    /** MEM-8: the agreement version in force. */
    @PermitAll
    public Agreement currentAgreement() {
        return em.createQuery("select a from AgreementVersion a order by a.number desc",
                        AgreementVersion.class)
                .setMaxResults(1).getResultStream().findFirst()
                .map(a -> new Agreement(a.number(), a.body(), a.publishedAt()))
                .orElseThrow(() -> new IllegalStateException("no service agreement is published"));
    }

    /** MEM-8: publishes a new agreement version; every member must accept it at next login. */
    @RolesAllowed(Roles.STAFF)
    public Agreement publishAgreement(String text, String origin) {
        if (MembershipRules.isBlank(text) || text.length() > 20_000) {
            throw InvalidInput.of("text",
                    "the agreement text is required (at most 20,000 characters)");
        }
        int number = currentAgreement().version() + 1;
        String staff = caller.getCallerPrincipal().getName();
        AgreementVersion v = new AgreementVersion(number, text.strip(), now(), staff);
        em.persist(v);
        audit.record(staff, "AGREEMENT_PUBLISHED", "agreement " + number, AuditOutcome.SUCCESS,
                origin, null);
        return new Agreement(number, v.body(), v.publishedAt());
    }

    /**
     * MEM-8: the member accepts the current version, or declines it, which starts exit
     * (MEM-5). A decline is kept even while trades are open: the member is then leaving,
     * may only finish or cancel those trades, and the answer lists them; the exit
     * completes when the last one ends ({@link PendingExits}).
     */
    @RolesAllowed(Roles.MEMBER)
    public List<String> decideAgreement(boolean accept, String origin) {
        Member member = me();
        int current = currentAgreement().version();
        OffsetDateTime now = now();
        em.persist(new AgreementDecision(member.id(), current, accept, now, origin));
        if (accept) {
            member.acceptAgreement(current);
            return List.of();
        }
        List<String> blocking = blocking(member);
        if (blocking.isEmpty()) {
            member.leave(declined(current), now);
            LOG.log(Level.INFO, "member {0} left after declining the agreement", member.id());
        } else {
            member.requestExit(now);
            LOG.log(Level.INFO, "member {0} declined the agreement and waits for open trades",
                    member.id());
        }
        return blocking;
    }

    static String declined(int version) {
        return "declined service agreement version " + version;
    }

    /**
     * MEM-8: where the caller stands with the agreement in force, for the API's gate. The
     * gate asks on every call, so this reads two numbers and a time, not the member with
     * its encrypted personal fields nor the agreement's text.
     */
    @RolesAllowed(Roles.MEMBER)
    public AgreementStanding myAgreementStanding() {
        Object[] mine = em.createQuery("select m.agreementNumber, m.exitRequestedAt"
                        + " from Member m where m.username = :u", Object[].class)
                .setParameter("u", caller.getCallerPrincipal().getName())
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("member"));
        Integer inForce = em.createQuery("select max(a.number) from AgreementVersion a",
                Integer.class).getSingleResult();
        if (inForce == null) {
            throw new IllegalStateException("no service agreement is published");
        }

        if ((Integer) mine[0] >= inForce) {
            return AgreementStanding.CURRENT;
        }
        return mine[1] == null ? AgreementStanding.PENDING : AgreementStanding.LEAVING;
    }

    /** PRV-4: everything held on the caller, for download. */
    @RolesAllowed(Roles.MEMBER)
    public MemberViews.MemberData myData() {
        return registry.data(me());
    }

    /**
     * The caller's member number, for a system that only needs to know who acts (their
     * rights were checked when they signed in and by the agreement gate).
     */
    @RolesAllowed(Roles.MEMBER)
    public long myMemberId() {
        String name = caller.getCallerPrincipal().getName();
        return em.createQuery("select m.id from Member m where m.username = :u", Long.class)
                .setParameter("u", name).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("member"));
    }

    /** MEM-2, MEM-4, MEM-7: the caller's own rights to buy and sell, for the trading system. */
    @RolesAllowed(Roles.MEMBER)
    public TradingStanding myTradingStanding() {
        return standing(me());
    }

    /**
     * MEM-2, MEM-4, MEM-7: another member's rights to buy and sell, for the trading
     * system (for example to hide the listings of a frozen seller from anyone).
     */
    @PermitAll
    public TradingStanding tradingStanding(long memberId) {
        return standing(member(memberId));
    }

    /**
     * RISK-1: a member as a trading counterparty, or a visitor of their listing, sees
     * them. The trading system asks only for the parties of a trade the caller takes
     * part in and for the sellers of published listings. A business's license number,
     * address and contact are its published disclosures (MEM-2) and are shown in full;
     * a personal member has none, and their personal data never appears here.
     */
    @PermitAll
    public MemberViews.PublicIdentity publicIdentity(long memberId) {
        Member m = member(memberId);
        Company c = m.kind() == MemberKind.BUSINESS ? m.company() : null;
        return new MemberViews.PublicIdentity(m.id(), m.displayName(), m.kind(),
                m.verification(), c == null ? null : c.name(),
                c == null ? null : c.licenseNumber(), c == null ? null : c.address(),
                c == null ? null : c.contact());
    }

    private TradingStanding standing(Member m) {
        Rights rights = registry.rights(m);
        return new TradingStanding(m.id(), m.status(), m.verification(), rights.feeStatus(),
                rights.maySell(), rights.tradeLimit(),
                m.agreementNumber() < currentAgreement().version());
    }

    /** The caller's inbox. */
    @RolesAllowed(Roles.MEMBER)
    public List<Inbox.Message> myMessages() {
        return inbox.messagesOf(me().id());
    }

    /** MEM-4: records a fee payment for a member, extending their paid period by a year. */
    @RolesAllowed(Roles.STAFF)
    public LocalDate recordFeePayment(long memberId, String origin) {
        Member member = member(memberId);
        LocalDate today = LocalDate.now(clock.withZone(registry.zone()));
        LocalDate from = member.feePaidUntil() == null || member.feePaidUntil().isBefore(today)
                ? today : member.feePaidUntil();
        member.payFeeUntil(from.plusYears(1));
        recordStaffChange("FEE_PAID", member, origin, "paid until " + member.feePaidUntil());
        return member.feePaidUntil();
    }

    private Member me() {
        String name = caller.getCallerPrincipal().getName();
        return em.createQuery("select m from Member m where m.username = :u", Member.class)
                .setParameter("u", name).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("member"));
    }

    private Member meUnderCurrentAgreement() {
        Member member = me();
        if (member.agreementNumber() < currentAgreement().version()) {
            throw new RuleViolation("MEM-8", "the new service agreement must be accepted first");
        }
        return member;
    }

    private Member member(long id) {
        Member m = em.find(Member.class, id);
        if (m == null) {
            throw new NotFound("member " + id);
        }
        return m;
    }

    private static void requireReason(String reason) {
        if (MembershipRules.isBlank(reason) || reason.length() > MAX_REASON) {
            throw InvalidInput.of("reason", "a reason is required (at most "
                    + MAX_REASON + " characters)");
        }
    }

    private static void refuseIfGone(Member member, String rule) {
        if (member.status().isGone()) {
            throw new RuleViolation(rule, "the membership has already ended");
        }
    }

    private void recordStaffChange(String action, Member member, String origin, String detail) {
        audit.record(caller.getCallerPrincipal().getName(), action, "member " + member.id(),
                AuditOutcome.SUCCESS, origin, detail);
        LOG.log(Level.INFO, "member {0}: {1}", new Object[] {member.id(), action});
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /**
     * CR-11: when the given members registered, for the credit system's check of praise
     * from young accounts. Unknown identifiers are left out of the answer.
     */
    @PermitAll
    public Map<Long, OffsetDateTime> registeredAt(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select m.id, m.registeredAt from Member m where m.id in :ids",
                        Object[].class)
                .setParameter("ids", memberIds)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0],
                        r -> (OffsetDateTime) r[1]));
    }
}
