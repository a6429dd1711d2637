package dev.mynumber.agent.signing;

import java.io.OutputStream;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.DigestCalculatorProvider;

/**
 * A digest "calculator" that returns a digest computed beforehand and ignores the content written to it.
 *
 * <p>It lets {@code CMSSignedDataGenerator} build a detached signature from a digest alone (the caller's digest
 * in digest mode, ours in data mode), so the message-digest attribute is exactly that digest.
 */
final class FixedDigestProvider implements DigestCalculatorProvider {
    private final byte[] digest;

    FixedDigestProvider(byte[] digest) {
        this.digest = digest.clone();
    }

    @Override
    public DigestCalculator get(AlgorithmIdentifier algorithm) {
        return new DigestCalculator() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return algorithm;
            }

            @Override
            public OutputStream getOutputStream() {
                return OutputStream.nullOutputStream();
            }

            @Override
            public byte[] getDigest() {
                return digest.clone();
            }
        };
    }
}
