package org.marketgov.persistence.trading;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.marketgov.persistence.security.EncryptedText;

/**
 * RISK-5: the key pair the site issues to a member for signing contracts, one per
 * member. The public key is stored plain so that anyone can verify a signature; the
 * private key is stored encrypted (DS-1) and never leaves the site. Keys are encoded
 * in Base64 (X.509 for the public key, PKCS#8 for the private key). A key pair is
 * never replaced, so every signature a member made stays verifiable with one key.
 */
@Entity
@Table(name = "signing_key")
public class SigningKey {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "member_id")
    private long memberId;

    private String algorithm;

    @Column(name = "public_key")
    private String publicKey;

    @Convert(converter = EncryptedText.class)
    @Column(name = "private_key")
    private String privateKey;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected SigningKey() {
    }

    public SigningKey(long memberId, String algorithm, String publicKey, String privateKey,
            OffsetDateTime at) {
        this.memberId = memberId;
        this.algorithm = algorithm;
        this.publicKey = publicKey;
        this.privateKey = privateKey;
        this.createdAt = at;
    }

    public Long id() {
        return id;
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

    public String privateKey() {
        return privateKey;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
