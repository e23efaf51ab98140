package org.marketgov.trading;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * RISK-5: electronic signatures with the platform's own cryptography (JCA): ECDSA on
 * the NIST P-256 curve over SHA-256. Keys travel as Base64 of their standard encodings
 * (X.509 for public keys, PKCS#8 for private keys), and signatures as Base64 of their
 * DER form, so any standard tool can check them.
 */
public final class ContractSigning {

    /** The JCA name of the signature algorithm. */
    public static final String ALGORITHM = "SHA256withECDSA";

    private static final String CURVE = "secp256r1";

    private ContractSigning() {
    }

    /** A key pair in its stored encodings. */
    public record IssuedKey(String publicKey, String privateKey) {
    }

    /** A new key pair for a member. */
    public static IssuedKey issue() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(CURVE));
            KeyPair pair = generator.generateKeyPair();
            Base64.Encoder b64 = Base64.getEncoder();
            return new IssuedKey(b64.encodeToString(pair.getPublic().getEncoded()),
                    b64.encodeToString(pair.getPrivate().getEncoded()));
        } catch (NoSuchAlgorithmException | InvalidAlgorithmParameterException e) {
            throw new IllegalStateException("EC P-256 is required by every Java platform", e);
        }
    }

    /** Signs a contract's canonical bytes with a stored private key. */
    public static String sign(String text, String privateKey) {
        try {
            PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey)));
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(ContractTemplate.canonicalBytes(text));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored signing key could not be used", e);
        }
    }

    /**
     * Whether {@code signature} was made over {@code text} with the private key that
     * belongs to {@code publicKey}. Anything malformed simply does not verify.
     */
    public static boolean verify(String text, String signature, String publicKey) {
        if (text == null || signature == null || publicKey == null) {
            return false;
        }
        try {
            PublicKey key = KeyFactory.getInstance("EC").generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(ContractTemplate.canonicalBytes(text));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
