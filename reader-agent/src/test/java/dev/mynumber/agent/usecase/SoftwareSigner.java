package dev.mynumber.agent.usecase;

import dev.mynumber.agent.signing.CardSignature;
import dev.mynumber.card.jpki.DigestAlgorithm;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A software stand-in for the card's signing key: an RSA-2048 key and a self-signed test certificate. */
final class SoftwareSigner {
    private static SoftwareSigner instance;

    final KeyPair keys;
    final X509Certificate certificate;

    private SoftwareSigner() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        X500Name name = new X500Name("C=JP, O=Test, CN=software signer");
        certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
                BigInteger.valueOf(42), Date.from(now), Date.from(now.plus(3650, ChronoUnit.DAYS)), name,
                keys.getPublic()).build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    }

    /** One shared key for the test run (RSA key generation is slow). */
    static synchronized SoftwareSigner get() throws Exception {
        if (instance == null) {
            instance = new SoftwareSigner();
        }
        return instance;
    }

    /** Signs like the card: PKCS#1 v1.5 type 1 over the DigestInfo. */
    CardSignature card(DigestAlgorithm algorithm) {
        return digest -> {
            try {
                Signature signer = Signature.getInstance("NONEwithRSA");
                signer.initSign(keys.getPrivate());
                signer.update(algorithm.digestInfo(digest));
                return signer.sign();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
