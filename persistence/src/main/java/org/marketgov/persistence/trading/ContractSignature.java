package org.marketgov.persistence.trading;

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
 * RISK-5: one party's digital signature over a contract's canonical bytes. It keeps a
 * copy of the public key it was made with, so it can be verified by anyone without the
 * site's help; each side of a contract signs once (the database refuses a second).
 */
@Entity
@Table(name = "contract_signature")
public class ContractSignature {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "contract_id")
    private long contractId;

    @Enumerated(EnumType.STRING)
    private Party party;

    @Column(name = "member_id")
    private long memberId;

    private String algorithm;

    @Column(name = "public_key")
    private String publicKey;

    private String signature;

    @Column(name = "signed_at")
    private OffsetDateTime signedAt;

    protected ContractSignature() {
    }

    /** What a party's signature consists of. */
    public record Signed(Party party, long memberId, String algorithm, String publicKey,
            String signature, OffsetDateTime at) {
    }

    public ContractSignature(long contractId, Signed s) {
        this.contractId = contractId;
        this.party = s.party();
        this.memberId = s.memberId();
        this.algorithm = s.algorithm();
        this.publicKey = s.publicKey();
        this.signature = s.signature();
        this.signedAt = s.at();
    }

    public Long id() {
        return id;
    }

    public long contractId() {
        return contractId;
    }

    public Party party() {
        return party;
    }

    public long memberId() {
        return memberId;
    }

    public String algorithm() {
        return algorithm;
    }

    public String publicKey() {
        return publicKey;
    }

    public String signature() {
        return signature;
    }

    public OffsetDateTime signedAt() {
        return signedAt;
    }
}
