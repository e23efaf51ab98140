package org.marketgov.persistence.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.marketgov.persistence.security.EncryptedText;

/**
 * MEM-2: one submission of identity documents, waiting in the STAFF queue until it
 * is approved or rejected with a reason. Documents are encrypted at rest (DS-1).
 */
@Entity
@Table(name = "verification")
public class Verification {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "member_id")
    private long memberId;

    @Convert(converter = EncryptedText.class)
    @Column(name = "id_number")
    private String idNumber;

    @Convert(converter = EncryptedText.class)
    @Column(name = "license_number")
    private String licenseNumber;

    @Convert(converter = EncryptedText.class)
    @Column(name = "special_license")
    private String specialLicense;

    @Convert(converter = EncryptedText.class)
    private String address;

    @Convert(converter = EncryptedText.class)
    private String contact;

    @Enumerated(EnumType.STRING)
    private VerificationStatus status;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    private String reason;

    protected Verification() {
    }

    /** Documents as submitted: an ID number for a person, license data for a business. */
    public record Documents(String idNumber, String licenseNumber, String specialLicense,
            String address, String contact) {
    }

    public Verification(long memberId, Documents documents, OffsetDateTime at) {
        this.memberId = memberId;
        this.idNumber = documents.idNumber();
        this.licenseNumber = documents.licenseNumber();
        this.specialLicense = documents.specialLicense();
        this.address = documents.address();
        this.contact = documents.contact();
        this.status = VerificationStatus.PENDING;
        this.submittedAt = at;
    }

    public void decide(boolean approved, String reason, String by, OffsetDateTime at) {
        this.status = approved ? VerificationStatus.VERIFIED : VerificationStatus.REJECTED;
        this.reason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Documents documents() {
        return new Documents(idNumber, licenseNumber, specialLicense, address, contact);
    }

    public Long id() {
        return id;
    }

    public long memberId() {
        return memberId;
    }

    public VerificationStatus status() {
        return status;
    }

    public OffsetDateTime submittedAt() {
        return submittedAt;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }

    public String reason() {
        return reason;
    }
}
