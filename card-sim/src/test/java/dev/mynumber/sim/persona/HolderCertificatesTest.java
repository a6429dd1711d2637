package dev.mynumber.sim.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.sim.card.CardContents;
import dev.mynumber.sim.card.CardFile;
import dev.mynumber.sim.pki.TestPki;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.ASN1UTF8String;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.junit.jupiter.api.Test;

/** The persona's JPKI certificates: chain, subject shape, extensions, SAN attributes and validity. */
class HolderCertificatesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC);

    static X509Certificate cert(CardContents c, CardFile f) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(c.file(f).orElseThrow()));
    }

    @Test
    void authCertificateChainsToTheTestAuthRootAndHoldsNoPersonalData() throws Exception {
        CardContents c = SimulatedCards.contents(Personas.builtIn("adult"), CLOCK);
        X509Certificate auth = cert(c, CardFile.JPKI_AUTH_CERT);
        auth.verify(TestPki.get().authRoot().getPublicKey());
        auth.checkValidity(Date.from(CLOCK.instant()));
        assertTrue(auth.getSubjectX500Principal().getName().matches("CN=TEST[0-9A-F]{20},C=JP"),
                auth.getSubjectX500Principal().getName());
        assertEquals(null, auth.getSubjectAlternativeNames());
        boolean[] ku = auth.getKeyUsage();
        assertTrue(ku[0] && !ku[1]);
        assertEquals(cert(c, CardFile.JPKI_AUTH_CA_CERT), TestPki.get().authRoot());
    }

    @Test
    void signCertificateCarriesTheSixSanAttributes() throws Exception {
        CardContents c = SimulatedCards.contents(Personas.builtIn("substitute-chars"), CLOCK);
        X509Certificate sign = cert(c, CardFile.JPKI_SIGN_CERT);
        sign.verify(TestPki.get().signRoot().getPublicKey());
        assertTrue(sign.getSubjectX500Principal().getName()
                .matches("CN=\\d{8}TEST[0-9A-F]{16},L=Shiken-ku,L=Tokyo,C=JP"),
                sign.getSubjectX500Principal().getName());
        boolean[] ku = sign.getKeyUsage();
        assertTrue(ku[0] && ku[1], "digitalSignature and nonRepudiation");
        assertEquals(List.of("高崎　試験", "11000", "2", "319620909", "東京都試験区辻町１丁目２番３号",
                "000000100000000"), san(sign));
    }

    @Test
    void expiredPersonaHasExpiredCertificatesAndChildHasNoSigningCertificate() throws Exception {
        CardContents expired = SimulatedCards.contents(Personas.builtIn("expired"), CLOCK);
        X509Certificate auth = cert(expired, CardFile.JPKI_AUTH_CERT);
        assertThrows(CertificateExpiredException.class, () -> auth.checkValidity(Date.from(CLOCK.instant())));
        assertThrows(CertificateExpiredException.class,
                () -> cert(expired, CardFile.JPKI_SIGN_CERT).checkValidity(Date.from(CLOCK.instant())));
        CardContents child = SimulatedCards.contents(Personas.builtIn("child"), CLOCK);
        assertFalse(child.file(CardFile.JPKI_SIGN_CERT).isPresent());
        assertEquals("008f00", java.util.HexFormat.of().formatHex(child.file(CardFile.JPKI_CERT_FLAGS).orElseThrow()));
    }

    static List<String> san(X509Certificate cert) throws Exception {
        GeneralNames names = GeneralNames.fromExtensions(new JcaX509CertificateHolder(cert).getExtensions(),
                Extension.subjectAlternativeName);
        List<String> values = new ArrayList<>();
        int arc = 1;
        for (GeneralName n : names.getNames()) {
            assertEquals(GeneralName.otherName, n.getTagNo());
            ASN1Sequence other = ASN1Sequence.getInstance(n.getName());
            assertEquals("1.2.392.200149.8.5.5." + arc++, other.getObjectAt(0).toString());
            values.add(ASN1UTF8String
                    .getInstance(ASN1TaggedObject.getInstance(other.getObjectAt(1)).getExplicitBaseObject())
                    .getString());
        }
        return values;
    }
}
