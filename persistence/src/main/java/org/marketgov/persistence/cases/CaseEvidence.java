package org.marketgov.persistence.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * CMP-1, CMP-3, CMP-4: one evidence file of a complaint or of an accusation, kept in
 * the database with its SHA-256 digest. It belongs to exactly one case. Its kind was
 * read from its content ({@link EvidenceType}), and it is only ever handed out as a
 * download of that kind, never shown inline. The uploader of an anonymous informant's
 * file is not kept at all, so the file cannot unseal them (CMP-4). Files never change.
 */
@Entity
@Table(name = "case_evidence")
public class CaseEvidence {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "complaint_id")
    private Long complaintId;

    @Column(name = "accusation_id")
    private Long accusationId;

    @Enumerated(EnumType.STRING)
    private EvidenceSide side;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "file_name")
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "media_type")
    private EvidenceType type;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private String sha256;

    @Column(name = "uploaded_at")
    private OffsetDateTime uploadedAt;

    private byte[] content;

    protected CaseEvidence() {
    }

    /** The case a file belongs to: a complaint or an accusation, never both. */
    public record CaseRef(Long complaintId, Long accusationId) {

        public CaseRef {
            if ((complaintId == null) == (accusationId == null)) {
                throw new IllegalArgumentException("evidence belongs to exactly one case");
            }
        }

        public static CaseRef complaint(long id) {
            return new CaseRef(id, null);
        }

        public static CaseRef accusation(long id) {
            return new CaseRef(null, id);
        }
    }

    /** The file as checked by the boundary: its kind, name, digest and bytes. */
    public record File(EvidenceType type, String name, String sha256, byte[] content) {
    }

    /**
     * Keeps a file for a case. The content must really be of the stated kind; an
     * anonymous informant's file is stored without {@code uploadedBy} (CMP-4).
     */
    public CaseEvidence(CaseRef ref, EvidenceSide side, String uploadedBy, File file,
            OffsetDateTime at) {
        if (EvidenceType.sniff(file.content()).orElse(null) != file.type()) {
            throw new IllegalArgumentException("CMP-1: the content is not " + file.type());
        }
        this.complaintId = ref.complaintId();
        this.accusationId = ref.accusationId();
        this.side = side;
        this.uploadedBy = uploadedBy;
        this.fileName = file.name();
        this.type = file.type();
        this.sizeBytes = file.content().length;
        this.sha256 = file.sha256();
        this.uploadedAt = at;
        this.content = file.content().clone();
    }

    public Long id() {
        return id;
    }

    public Long complaintId() {
        return complaintId;
    }

    public Long accusationId() {
        return accusationId;
    }

    public EvidenceSide side() {
        return side;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public String fileName() {
        return fileName;
    }

    public EvidenceType type() {
        return type;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public OffsetDateTime uploadedAt() {
        return uploadedAt;
    }

    public byte[] content() {
        return content.clone();
    }
}
