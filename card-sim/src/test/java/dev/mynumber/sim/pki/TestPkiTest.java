package dev.mynumber.sim.pki;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.junit.jupiter.api.Test;

class TestPkiTest {
    private final TestPki pki = TestPki.get();

    @Test
    void rootsHaveTheRealCaStructureMarkedAsTest() throws Exception {
        for (X509Certificate root : List.of(pki.authRoot(), pki.signRoot())) {
            root.verify(root.getPublicKey());
            assertEquals(root.getSubjectX500Principal(), root.getIssuerX500Principal());
            assertEquals("SHA256withRSA", root.getSigAlgName());
            assertEquals(2048, ((RSAPublicKey) root.getPublicKey()).getModulus().bitLength());
            assertTrue(root.getSubjectX500Principal().getName().contains("O=JPKI TEST"));
            assertTrue(root.getSubjectX500Principal().getName().contains("NOT VALID)"));
            assertTrue(root.getCriticalExtensionOIDs().containsAll(List.of("2.5.29.15", "2.5.29.19")));
            boolean[] ku = root.getKeyUsage();
            assertTrue(ku[5] && ku[6], "keyCertSign and cRLSign");
            assertEquals(Integer.MAX_VALUE, root.getBasicConstraints());
            var holder = new JcaX509CertificateHolder(root);
            GeneralNames san = GeneralNames.fromExtensions(holder.getExtensions(), Extension.subjectAlternativeName);
            assertEquals(GeneralName.directoryName, san.getNames()[0].getTagNo());
            CRLDistPoint dp = CRLDistPoint
                    .getInstance(holder.getExtension(Extension.cRLDistributionPoints).getParsedValue());
            GeneralNames dpName = (GeneralNames) dp.getDistributionPoints()[0].getDistributionPoint().getName();
            assertEquals(X500Name.getInstance(root.getSubjectX500Principal().getEncoded()),
                    X500Name.getInstance(dpName.getNames()[0].getName()));
        }
        assertTrue(pki.authRoot().getSubjectX500Principal().getName().contains("JPKI for user authentication"));
        assertTrue(pki.signRoot().getSubjectX500Principal().getName().contains("JPKI for digital signature"));
    }

    @Test
    void rootsAreByteIdenticalAcrossBuilds() throws Exception {
        // Same keys, validity and serial, and PKCS#1 v1.5 is deterministic: another process gets the same anchor.
        X509Certificate rebuilt = TestPki.root(pki.authCaName(), pki.authCa(), pki.authRoot().getSerialNumber(),
                CaGeneration.SIMULATOR);
        assertArrayEquals(pki.authRoot().getEncoded(), rebuilt.getEncoded());
    }

    @Test
    void issuerKeysAreTheSharedTestKeys() {
        assertEquals(TestKeys.shared("textap-issuer").getPublic(), pki.textApIssuerKey());
        assertEquals(TestKeys.shared("visualap-issuer").getPublic(), pki.visualApIssuerKey());
        assertTrue(!pki.textApIssuerKey().equals(pki.visualApIssuerKey()));
    }
}
