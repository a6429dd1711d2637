package dev.mynumber.agent.certificate;

import dev.mynumber.agent.usecase.Failures;
import dev.mynumber.apdu.ApduException;
import java.util.HashMap;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.OtherName;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Reads the holder's identity from the 署名用電子証明書's subjectAltName: six otherName entries with
 * UTF8String values under 1.2.392.200149.8.5.5 (spec §5.2, [MSIGN-x509], [MY-go-jpki], [FIND-OID]).
 */
public final class SanIdentity {
    private static final String ARC = "1.2.392.200149.8.5.5.";

    private SanIdentity() {
    }

    /**
     * Extracts the identity; null if the certificate has no such otherName (e.g. a non-JPKI certificate).
     *
     * @param holder the parsed certificate
     * @param what a non-personal name for errors
     */
    public static SignerIdentity of(X509CertificateHolder holder, String what) throws ApduException {
        Extension san = holder.getExtension(Extension.subjectAlternativeName);
        if (san == null) {
            return null;
        }
        Map<String, String> values = new HashMap<>();
        try {
            for (GeneralName name : GeneralNames.getInstance(san.getParsedValue()).getNames()) {
                if (name.getTagNo() == GeneralName.otherName) {
                    OtherName other = OtherName.getInstance(name.getName());
                    values.put(other.getTypeID().getId(), text(other.getValue()));
                }
            }
        } catch (RuntimeException e) {
            throw Failures.malformed(what + ": subjectAltName does not parse", e);
        }
        if (!values.containsKey(ARC + "1")) {
            return null;
        }
        return new SignerIdentity(values.get(ARC + "1"), values.get(ARC + "2"), values.get(ARC + "3"),
                values.get(ARC + "4"), values.get(ARC + "5"), values.get(ARC + "6"));
    }

    private static String text(ASN1Encodable value) {
        ASN1Encodable inner = value;
        while (inner instanceof ASN1TaggedObject tagged) {
            inner = tagged.getExplicitBaseObject();
        }
        return inner instanceof ASN1String string ? string.getString() : null;
    }
}
