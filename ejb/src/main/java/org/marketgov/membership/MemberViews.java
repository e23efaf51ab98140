package org.marketgov.membership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.marketgov.persistence.membership.MemberKind;
import org.marketgov.persistence.membership.MemberStatus;
import org.marketgov.persistence.membership.VerificationStatus;
import org.marketgov.platform.Inbox;

/** What the membership boundary hands out. Personal fields are masked unless stated. */
public final class MemberViews {

    private MemberViews() {
    }

    /** MEM-1: the answer to a registration. */
    public record Registered(long id, String username, MemberKind kind, MemberStatus status) {
    }

    /** A company as shown to its member, masked. */
    public record CompanyView(String name, String licenseNumber, String address, String contact) {
    }

    /** MEM-3, MEM-4: rights and obligations of a membership as of today. */
    public record Rights(String tier, BigDecimal feePerYear, LocalDate feePaidUntil,
            FeeStatus feeStatus, boolean maySell, BigDecimal tradeLimit, boolean mayGiveFeedback,
            boolean mayLeaveFreely) {
    }

    /** A member's own profile, personal fields masked (DS-1). */
    public record Profile(long id, String username, MemberKind kind, String displayName,
            String email, String phone, MemberStatus status, String statusReason,
            VerificationStatus verification, CompanyView company, String idNumber,
            OffsetDateTime registeredAt, int agreementVersion, boolean agreementPending,
            Rights rights) {
    }

    /**
     * One entry of the STAFF verification queue (MEM-2); its documents are masked (DS-1)
     * unless a reviewer unmasked this entry, which {@code masked} tells.
     */
    public record PendingVerification(long id, long memberId, String username, MemberKind kind,
            OffsetDateTime submittedAt, String idNumber, String licenseNumber,
            String specialLicense, String address, String contact, boolean masked) {
    }

    /** A member as STAFF searches for them; no personal fields. */
    public record MemberSummary(long id, String username, MemberKind kind, String displayName,
            MemberStatus status, VerificationStatus verification, OffsetDateTime registeredAt) {
    }

    /**
     * What the trading system needs to know about a member (MEM-2, MEM-4, MEM-7, MEM-8):
     * whether they may sell, and up to which amount per trade they may buy ({@code null}
     * when not limited). It carries no personal fields.
     */
    public record TradingStanding(long memberId, MemberStatus status,
            VerificationStatus verification, FeeStatus feeStatus, boolean maySell,
            BigDecimal tradeLimit, boolean agreementPending) {
    }

    /**
     * RISK-1: what the other party of a trade sees of a member: display name, member
     * kind and real-name status, and for a business its company name with the license
     * number, address and contact, which a business discloses to those it trades with
     * (MEM-2); the company fields are null for a person.
     */
    public record PublicIdentity(long memberId, String displayName, MemberKind kind,
            VerificationStatus verification, String companyName, String licenseNumber,
            String address, String contact) {
    }

    /** A page of a list. */
    public record Page<T>(List<T> items, long total) {
    }

    /** MEM-8: a service agreement version. */
    public record Agreement(int version, String text, OffsetDateTime publishedAt) {
    }

    /** A recorded decision on an agreement version. */
    public record AgreementRecord(int version, boolean accepted, OffsetDateTime at, String origin) {
    }

    /** A verification submission as its member sees it. */
    public record VerificationRecord(VerificationStatus status, OffsetDateTime submittedAt,
            OffsetDateTime decidedAt, String reason) {
    }

    /** PRV-4: everything the site holds on the member, for the member, unmasked. */
    public record MemberData(long id, String username, MemberKind kind, String displayName,
            String email, String phone, MemberStatus status, VerificationStatus verification,
            String idNumber, String companyName, String licenseNumber, String companyAddress,
            String companyContact, OffsetDateTime registeredAt, String registeredFrom,
            LocalDate feePaidUntil, List<AgreementRecord> agreements,
            List<VerificationRecord> verifications, List<Inbox.Message> messages) {
    }
}
