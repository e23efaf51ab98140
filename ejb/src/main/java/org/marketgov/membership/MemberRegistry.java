package org.marketgov.membership;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.marketgov.membership.MemberViews.AgreementRecord;
import org.marketgov.membership.MemberViews.CompanyView;
import org.marketgov.membership.MemberViews.MemberData;
import org.marketgov.membership.MemberViews.MemberSummary;
import org.marketgov.membership.MemberViews.Page;
import org.marketgov.membership.MemberViews.PendingVerification;
import org.marketgov.membership.MemberViews.Profile;
import org.marketgov.membership.MemberViews.Rights;
import org.marketgov.membership.MemberViews.VerificationRecord;
import org.marketgov.persistence.membership.AgreementDecision;
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
import org.marketgov.persistence.security.Masking;
import org.marketgov.platform.Inbox;
import org.marketgov.platform.NotFound;
import org.marketgov.platform.SettingKey;
import org.marketgov.platform.SiteSettings;
import org.marketgov.security.AuditTrail;

/**
 * The register of members behind {@link MembershipDesk}: the views it hands out and
 * the bookkeeping of verified and barred identities. It checks no roles itself; it
 * is reached only through the desk, which has.
 */
@Dependent
class MemberRegistry {

    @PersistenceContext(unitName = "market")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private SiteSettings settings;

    @Inject
    private AuditTrail audit;

    @Inject
    private Inbox inbox;

    ZoneId zone() {
        return settings.zone();
    }

    Profile profile(Member m, int currentAgreement) {
        Company c = m.company();
        CompanyView company = c == null ? null : new CompanyView(c.name(),
                Masking.mask(c.licenseNumber(), 2, 2), Masking.text(c.address()),
                Masking.text(c.contact()));
        return new Profile(m.id(), m.username(), m.kind(), m.displayName(),
                Masking.email(m.email()),
                Masking.phone(m.phone()), m.status(), m.statusReason(), m.verification(), company,
                Masking.idNumber(m.idNumber()), m.registeredAt(), m.agreementNumber(),
                m.agreementNumber() < currentAgreement, rights(m));
    }

    /** MEM-3, MEM-4: the member's rights today, from the live settings. */
    Rights rights(Member m) {
        SiteSettings.Snapshot now = settings.snapshot();
        ZoneId zone = now.zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        var fee = now.amount(SettingKey.MEMBERSHIP_FEE);
        FeeStatus feeStatus = MembershipRules.feeStatus(fee, m.feePaidUntil(),
                m.registeredAt().atZoneSameInstant(zone).toLocalDate(), today,
                now.number(SettingKey.FEE_GRACE_DAYS));
        boolean verified = m.verification() == VerificationStatus.VERIFIED;
        return new Rights(verified ? "VERIFIED" : "ORDINARY", fee, m.feePaidUntil(), feeStatus,
                MembershipRules.maySell(m.status(), m.verification(), feeStatus),
                verified ? null : now.amount(SettingKey.UNVERIFIED_TRADE_LIMIT), true, true);
    }

    /**
     * MEM-2, DS-1: the queue shows documents masked, so browsing it reads no personal
     * data; a reviewer opens one entry at a time with {@link #unmasked}.
     */
    Page<PendingVerification> pendingVerifications(int page, int size) {
        long total = em.createQuery("select count(v) from Verification v where v.status = :s",
                Long.class).setParameter("s", VerificationStatus.PENDING).getSingleResult();
        List<PendingVerification> items = em.createQuery(
                        "select v, m from Verification v, Member m where v.memberId = m.id"
                                + " and v.status = :s order by v.submittedAt, v.id", Object[].class)
                .setParameter("s", VerificationStatus.PENDING)
                .setFirstResult(page * size).setMaxResults(size)
                .getResultStream()
                .map(row -> pending((Verification) row[0], (Member) row[1], true))
                .toList();
        return new Page<>(items, total);
    }

    /**
     * MEM-2, DS-1, DS-3: one pending submission with its documents in clear, for the
     * reviewer who asked; the read is written to the audit trail with who and where.
     *
     * <p>Limitation: any STAFF reviewer may unmask a pending submission without a DS-4
     * break-glass grant; the audit line is the control.
     */
    PendingVerification unmasked(long verificationId, String staff, String origin) {
        Verification v = em.find(Verification.class, verificationId);
        if (v == null || v.status() != VerificationStatus.PENDING) {
            throw new NotFound("pending verification " + verificationId);
        }
        Member m = em.find(Member.class, v.memberId());
        audit.record(staff, "PERSONAL_DATA_READ", "verification " + v.id(), AuditOutcome.SUCCESS,
                origin, "documents of member " + m.id() + " unmasked");
        return pending(v, m, false);
    }

    private static PendingVerification pending(Verification v, Member m, boolean masked) {
        Verification.Documents d = v.documents();
        if (!masked) {
            return new PendingVerification(v.id(), m.id(), m.username(), m.kind(),
                    v.submittedAt(), d.idNumber(), d.licenseNumber(), d.specialLicense(),
                    d.address(), d.contact(), false);
        }
        return new PendingVerification(v.id(), m.id(), m.username(), m.kind(), v.submittedAt(),
                Masking.idNumber(d.idNumber()), Masking.mask(d.licenseNumber(), 2, 2),
                Masking.text(d.specialLicense()), Masking.text(d.address()),
                Masking.text(d.contact()), true);
    }

    void applyVerifiedDocuments(Member member, Verification.Documents d) {
        FieldCipher cipher = FieldCipher.shared();
        if (member.kind() == MemberKind.PERSON) {
            member.verifyPerson(d.idNumber(), cipher.digest(d.idNumber()));
        } else {
            member.verifyBusiness(new Company(null, d.licenseNumber(), d.address(), d.contact()),
                    cipher.digest(d.licenseNumber()));
        }
    }

    /** MEM-6: the member's email, phone and verified numbers may not register again. */
    void bar(Member m, OffsetDateTime at) {
        FieldCipher cipher = FieldCipher.shared();
        barOne(cipher.digest(m.email()), IdentityKind.EMAIL, m, at);
        barOne(m.phoneDigest(), IdentityKind.PHONE, m, at);
        if (m.idDigest() != null) {
            barOne(m.idDigest(), IdentityKind.ID_NUMBER, m, at);
        }
        if (m.licenseDigest() != null) {
            barOne(m.licenseDigest(), IdentityKind.LICENSE_NUMBER, m, at);
        }
    }

    private void barOne(String digest, IdentityKind kind, Member m, OffsetDateTime at) {
        if (em.find(BarredIdentity.class, digest) == null) {
            em.persist(new BarredIdentity(digest, kind, m.id(), at));
        }
    }

    Page<MemberSummary> search(String text, MemberStatus status, int page, int size) {
        String where = " where (:t is null or lower(m.username) like :t"
                + " or lower(m.displayName) like :t)"
                + " and (:s is null or m.status = :s)";
        String pattern = text == null || text.isBlank() ? null
                : "%" + text.strip().toLowerCase().replace("%", "").replace("_", "") + "%";
        TypedQuery<Long> count = em.createQuery("select count(m) from Member m" + where,
                Long.class);
        TypedQuery<Member> list = em.createQuery("select m from Member m" + where
                + " order by m.registeredAt desc, m.id desc", Member.class);
        for (TypedQuery<?> q : List.of(count, list)) {
            q.setParameter("t", pattern).setParameter("s", status);
        }
        List<MemberSummary> items = list.setFirstResult(page * size).setMaxResults(size)
                .getResultStream()
                .map(m -> new MemberSummary(m.id(), m.username(), m.kind(), m.displayName(),
                        m.status(), m.verification(), m.registeredAt()))
                .toList();
        return new Page<>(items, count.getSingleResult());
    }

    MemberData data(Member m) {
        List<AgreementRecord> agreements = em.createQuery(
                        "select d from AgreementDecision d where d.memberId = :m"
                                + " order by d.decidedAt",
                        AgreementDecision.class)
                .setParameter("m", m.id()).getResultStream()
                .map(d -> new AgreementRecord(d.number(), d.accepted(), d.decidedAt(), d.origin()))
                .toList();
        List<VerificationRecord> verifications = em.createQuery(
                        "select v from Verification v where v.memberId = :m order by v.submittedAt",
                        Verification.class)
                .setParameter("m", m.id()).getResultStream()
                .map(v -> new VerificationRecord(v.status(), v.submittedAt(), v.decidedAt(),
                        v.reason()))
                .toList();
        Company c = m.company();
        return new MemberData(m.id(), m.username(), m.kind(), m.displayName(), m.email(), m.phone(),
                m.status(), m.verification(), m.idNumber(), c == null ? null : c.name(),
                c == null ? null : c.licenseNumber(), c == null ? null : c.address(),
                c == null ? null : c.contact(), m.registeredAt(), m.registeredFrom(),
                m.feePaidUntil(), agreements, verifications, inbox.messagesOf(m.id()));
    }
}
