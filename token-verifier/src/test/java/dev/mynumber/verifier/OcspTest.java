package dev.mynumber.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mynumber.sim.card.CardFile;
import dev.mynumber.sim.cli.PkiServer;
import dev.mynumber.sim.pki.TestPki;
import java.io.IOException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

/** OCSP revocation against an in-test responder signed with the simulator's auth CA key. */
class OcspTest {
    static final Instant NOW = Instant.parse("2026-06-01T03:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final TrustAnchors ROOTS = TrustAnchors.of(TestPki.get().authRoot());

    /** A responder answering every request with the given status, signed by the key, echoing the nonce or not. */
    static OcspResponder responder(CertificateStatus status, PrivateKey key, boolean echoNonce) {
        return request -> {
            try {
                OCSPReq req = new OCSPReq(request);
                BasicOCSPRespBuilder b = new BasicOCSPRespBuilder(new RespID(
                        X500Name.getInstance(TestPki.get().authRoot().getSubjectX500Principal().getEncoded())));
                for (Req r : req.getRequestList()) {
                    b.addResponse(r.getCertID(), status, Date.from(NOW.minus(Duration.ofHours(1))),
                            Date.from(NOW.plus(Duration.ofHours(1))));
                }
                Extension nonce = req.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
                if (echoNonce && nonce != null) {
                    b.setResponseExtensions(new Extensions(nonce));
                }
                var basic = b.build(new JcaContentSignerBuilder("SHA256withRSA").build(key),
                        new X509CertificateHolder[0], Date.from(NOW));
                return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
            } catch (Exception e) {
                throw new IOException(e);
            }
        };
    }

    private Revocation verify(OcspResponder responder) throws Exception {
        X509Certificate adult = SimCertificates.of("adult", CardFile.JPKI_AUTH_CERT, CLOCK);
        return new CertificateVerifier(ROOTS, CrlStore.none(), responder, CLOCK)
                .verify(adult, List.of(), CertificateUsage.AUTHENTICATION).revocation();
    }

    @Test
    void goodAndRevokedAnswersFromTheIssuer() throws Exception {
        PrivateKey ca = TestPki.get().authCa().getPrivate();
        assertEquals(RevocationStatus.GOOD, verify(responder(CertificateStatus.GOOD, ca, true)).status());
        assertEquals(RevocationStatus.REVOKED,
                verify(responder(new RevokedStatus(Date.from(NOW.minus(Duration.ofDays(1))), 1), ca, true)).status());
    }

    @Test
    void forgedReplayedOrUnreachableAnswersAreNotChecked() throws Exception {
        PrivateKey ca = TestPki.get().authCa().getPrivate();
        PrivateKey other = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
        assertEquals(RevocationStatus.NOT_CHECKED, verify(responder(CertificateStatus.GOOD, other, true)).status());
        assertEquals(RevocationStatus.NOT_CHECKED, verify(responder(CertificateStatus.GOOD, ca, false)).status());
        Revocation down = verify(request -> {
            throw new IOException("connection refused");
        });
        assertEquals(RevocationStatus.NOT_CHECKED, down.status());
        assertEquals(RevocationStatus.NOT_CHECKED, verify(request -> new byte[] {0x30, 0x03, 0x0A, 0x01}).status());
    }

    /** The agent's real HTTP client against the simulator's OCSP responder (card-sim {@code pki-server}). */
    @Test
    void theSimulatorsResponderOverHttpAnswersGoodAndRevoked() throws Exception {
        Clock now = Clock.systemUTC();
        try (PkiServer server = PkiServer.start("127.0.0.1", 0, now)) {
            CertificateVerifier verifier = new CertificateVerifier(ROOTS, CrlStore.none(),
                    new HttpOcspResponder(server.ocspUrl(), Duration.ofSeconds(5)), now);

            Revocation adult = verifier.verify(SimCertificates.of("adult", CardFile.JPKI_AUTH_CERT, now), List.of(),
                    CertificateUsage.AUTHENTICATION).revocation();
            Revocation revoked = verifier.verify(SimCertificates.of("revoked", CardFile.JPKI_AUTH_CERT, now),
                    List.of(), CertificateUsage.AUTHENTICATION).revocation();

            assertEquals(RevocationStatus.GOOD, adult.status(), adult.reason());
            assertEquals(RevocationStatus.REVOKED, revoked.status(), revoked.reason());
        }
    }
}
