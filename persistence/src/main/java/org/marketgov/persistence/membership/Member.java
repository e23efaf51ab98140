package org.marketgov.persistence.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.marketgov.persistence.security.Credential;
import org.marketgov.persistence.security.EncryptedText;

/**
 * A registered person or business (MEM-1). The member's status moves only through
 * the methods below, each of which is one rule: freeze and unfreeze (MEM-7),
 * voluntary exit (MEM-5) and termination (MEM-6). Personal fields are encrypted at
 * rest; the digests beside them let the site find duplicates and barred identities
 * without decrypting.
 */
@Entity
@Table(name = "member")
public class Member {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Version
    private long version;

    private String username;

    @Embedded
    private Credential credential;

    private String email;

    @Convert(converter = EncryptedText.class)
    private String phone;

    @Column(name = "phone_digest")
    private String phoneDigest;

    @Enumerated(EnumType.STRING)
    private MemberKind kind;

    @Column(name = "display_name")
    private String displayName;

    @Enumerated(EnumType.STRING)
    private MemberStatus status;

    @Column(name = "frozen_permanently")
    private boolean frozenPermanently;

    @Column(name = "status_reason")
    private String statusReason;

    @Enumerated(EnumType.STRING)
    private VerificationStatus verification;

    @Embedded
    private Company company;

    @Column(name = "license_digest")
    private String licenseDigest;

    @Convert(converter = EncryptedText.class)
    @Column(name = "id_number")
    private String idNumber;

    @Column(name = "id_digest")
    private String idDigest;

    @Column(name = "registered_at")
    private OffsetDateTime registeredAt;

    @Column(name = "registered_from")
    private String registeredFrom;

    @Column(name = "agreement_number")
    private int agreementNumber;

    @Column(name = "fee_paid_until")
    private LocalDate feePaidUntil;

    @Column(name = "left_at")
    private OffsetDateTime leftAt;

    @Column(name = "left_reason")
    private String leftReason;

    @Column(name = "exit_requested_at")
    private OffsetDateTime exitRequestedAt;

    protected Member() {
    }

    /** Registration data as MEM-1 requires it, already validated by the caller. */
    public record Registration(String username, String passwordHash, String email, String phone,
            String phoneDigest, MemberKind kind, String displayName, Company company,
            String licenseDigest, int agreementNumber, OffsetDateTime at, String origin) {
    }

    public Member(Registration r) {
        this.username = r.username();
        this.credential = new Credential(r.passwordHash());
        this.email = r.email();
        this.phone = r.phone();
        this.phoneDigest = r.phoneDigest();
        this.kind = r.kind();
        this.displayName = r.displayName();
        this.company = r.company();
        this.licenseDigest = r.licenseDigest();
        this.agreementNumber = r.agreementNumber();
        this.registeredAt = r.at();
        this.registeredFrom = r.origin();
        this.status = MemberStatus.ACTIVE;
        this.verification = VerificationStatus.UNVERIFIED;
    }

    /** MEM-7: a freeze blocks login and trading but deletes nothing. */
    public void freeze(boolean permanent, String reason) {
        this.status = MemberStatus.FROZEN;
        this.frozenPermanently = permanent;
        this.statusReason = reason;
    }

    /** MEM-7: unfreezing restores everything the freeze blocked. */
    public void unfreeze() {
        this.status = MemberStatus.ACTIVE;
        this.frozenPermanently = false;
        this.statusReason = null;
    }

    /**
     * MEM-8, MEM-5: the member declined the agreement in force while trades were still
     * open. The decline stands; the exit completes once the last of them is finished.
     */
    public void requestExit(OffsetDateTime at) {
        if (exitRequestedAt == null) {
            this.exitRequestedAt = at;
        }
    }

    /** When the member asked to leave and is waiting for open trades, else null. */
    public OffsetDateTime exitRequestedAt() {
        return exitRequestedAt;
    }

    /** MEM-5: a voluntary exit, recorded with its time and reason. */
    public void leave(String reason, OffsetDateTime at) {
        this.exitRequestedAt = null;
        this.status = MemberStatus.LEFT;
        this.statusReason = reason;
        this.leftAt = at;
        this.leftReason = reason;
    }

    /** MEM-6: termination by the site for a stated reason. */
    public void terminate(String reason, OffsetDateTime at) {
        this.status = MemberStatus.TERMINATED;
        this.statusReason = reason;
        this.leftAt = at;
        this.leftReason = reason;
    }

    public void awaitVerification() {
        this.verification = VerificationStatus.PENDING;
    }

    /** MEM-2: an approved person's ID number becomes part of the member's identity. */
    public void verifyPerson(String verifiedIdNumber, String digest) {
        this.idNumber = verifiedIdNumber;
        this.idDigest = digest;
        this.verification = VerificationStatus.VERIFIED;
    }

    /** MEM-2: an approved business's verified details replace what it declared. */
    public void verifyBusiness(Company verified, String digest) {
        this.company = new Company(company == null ? null : company.name(),
                verified.licenseNumber(), verified.address(), verified.contact());
        this.licenseDigest = digest;
        this.verification = VerificationStatus.VERIFIED;
    }

    public void rejectVerification() {
        this.verification = VerificationStatus.REJECTED;
    }

    /** MEM-8: records which agreement version the member now stands under. */
    public void acceptAgreement(int number) {
        this.agreementNumber = number;
        this.exitRequestedAt = null;
    }

    /** MEM-4: a paid fee extends the period the membership is paid for. */
    public void payFeeUntil(LocalDate until) {
        this.feePaidUntil = until;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public Credential credential() {
        return credential;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String phoneDigest() {
        return phoneDigest;
    }

    public MemberKind kind() {
        return kind;
    }

    public String displayName() {
        return displayName;
    }

    public MemberStatus status() {
        return status;
    }

    public boolean frozenPermanently() {
        return frozenPermanently;
    }

    public String statusReason() {
        return statusReason;
    }

    public VerificationStatus verification() {
        return verification;
    }

    public Company company() {
        return company;
    }

    public String licenseDigest() {
        return licenseDigest;
    }

    public String idNumber() {
        return idNumber;
    }

    public String idDigest() {
        return idDigest;
    }

    public OffsetDateTime registeredAt() {
        return registeredAt;
    }

    public String registeredFrom() {
        return registeredFrom;
    }

    public int agreementNumber() {
        return agreementNumber;
    }

    public LocalDate feePaidUntil() {
        return feePaidUntil;
    }

    public OffsetDateTime leftAt() {
        return leftAt;
    }

    public String leftReason() {
        return leftReason;
    }
}
