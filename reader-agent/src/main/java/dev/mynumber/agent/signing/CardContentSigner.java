package dev.mynumber.agent.signing;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.card.jpki.DigestAlgorithm;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.security.PublicKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;

/**
 * A Bouncy Castle {@link ContentSigner} whose signature comes from the card: it hashes what BC writes (the DER
 * signed attributes), has the card sign the digest, and checks the result against the certificate's key.
 *
 * <p>BC's interface cannot throw checked exceptions, so a card failure is kept here ({@link #failure()}) and
 * surfaces as an unchecked {@link CardFailure} that {@link CmsSigner} turns back into the card's error.
 */
final class CardContentSigner implements ContentSigner {
    private final DigestAlgorithm algorithm;
    private final CardSignature card;
    private final PublicKey key;
    private final ByteArrayOutputStream signedBytes = new ByteArrayOutputStream();
    private ApduException failure;
    private byte[] signature;

    CardContentSigner(DigestAlgorithm algorithm, CardSignature card, PublicKey key) {
        this.algorithm = algorithm;
        this.card = card;
        this.key = key;
    }

    @Override
    public AlgorithmIdentifier getAlgorithmIdentifier() {
        return new DefaultSignatureAlgorithmIdentifierFinder().find(Digests.signatureName(algorithm));
    }

    @Override
    public OutputStream getOutputStream() {
        return signedBytes;
    }

    @Override
    public byte[] getSignature() {
        try {
            byte[] digest = Digests.hash(algorithm, signedBytes.toByteArray());
            byte[] result = card.sign(digest);
            Digests.verify(key, algorithm, digest, result, "CMS signature");
            signature = result;
            return result.clone();
        } catch (ApduException e) {
            failure = e;
            throw new CardFailure();
        }
    }

    /** The card's error, if signing failed. */
    ApduException failure() {
        return failure;
    }

    /** The signature the card produced, or null. */
    byte[] signature() {
        return signature == null ? null : signature.clone();
    }

    /** Carries a card failure through Bouncy Castle; the real error is {@link #failure()}. */
    static final class CardFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CardFailure() {
            super("the card could not sign", null, false, false);
        }
    }
}
