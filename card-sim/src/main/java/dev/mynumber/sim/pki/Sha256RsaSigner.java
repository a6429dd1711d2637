package dev.mynumber.sim.pki;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.ContentSigner;

/**
 * A {@code sha256WithRSAEncryption} content signer over the JDK's RSA: the one algorithm the test PKI uses.
 *
 * <p>Used instead of Bouncy Castle's {@code JcaContentSignerBuilder}, whose algorithm tables cost most of a
 * second to initialise on a loaded machine: start-up must stay fast.
 */
final class Sha256RsaSigner implements ContentSigner {
    private final PrivateKey key;
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();

    Sha256RsaSigner(PrivateKey key) {
        this.key = key;
    }

    @Override
    public AlgorithmIdentifier getAlgorithmIdentifier() {
        return new AlgorithmIdentifier(PKCSObjectIdentifiers.sha256WithRSAEncryption, DERNull.INSTANCE);
    }

    @Override
    public OutputStream getOutputStream() {
        return data;
    }

    @Override
    public byte[] getSignature() {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(key);
            s.update(data.toByteArray());
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with a test key", e);
        }
    }
}
