package dev.mynumber.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.sim.card.CardFile;
import dev.mynumber.sim.persona.Personas;
import dev.mynumber.sim.persona.SimulatedCards;
import dev.mynumber.sim.pki.ExportTestPki;
import dev.mynumber.sim.pki.OcspProbe;
import dev.mynumber.sim.pki.RealTool;
import dev.mynumber.sim.pki.TestPki;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Base64;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PkiServer over real HTTP on a free port: CRL downloads, OCSP by POST and GET, errors, openssl ocsp. */
class PkiServerTest {
    private static final TestPki PKI = TestPki.get();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static PkiServer server;

    @BeforeAll
    static void start() throws Exception {
        server = PkiServer.start("127.0.0.1", 0, Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void crlsDownloadAsDerSignedByTheirCaAndListTheRevokedPersona() throws Exception {
        X509CRL auth = crl("crl/auth.crl");
        auth.verify(PKI.authRoot().getPublicKey());
        assertNotNull(auth.getRevokedCertificate(serial("revoked", CardFile.JPKI_AUTH_CERT)));
        assertNull(auth.getRevokedCertificate(serial("adult", CardFile.JPKI_AUTH_CERT)));
        X509CRL sign = crl("crl/sign.crl");
        sign.verify(PKI.signRoot().getPublicKey());
        assertEquals(PKI.signRoot().getSubjectX500Principal(), sign.getIssuerX500Principal());
        assertNotNull(sign.getRevokedCertificate(serial("revoked", CardFile.JPKI_SIGN_CERT)));
    }

    @Test
    void ocspByPost() throws Exception {
        byte[] request = OcspProbe.request(new byte[] {9, 8, 7},
                OcspProbe.id(PKI.authRoot(), serial("adult", CardFile.JPKI_AUTH_CERT)));
        HttpResponse<byte[]> r = send(HttpRequest.newBuilder(server.ocspUrl())
                .header("Content-Type", "application/ocsp-request")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request)));
        assertEquals(200, r.statusCode());
        assertEquals("application/ocsp-response", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals(CertificateStatus.GOOD, OcspProbe.single(r.body()).getCertStatus());
    }

    @Test
    void ocspByGetInBase64OrBase64Url() throws Exception {
        byte[] request = OcspProbe.request(null,
                OcspProbe.id(PKI.authRoot(), serial("revoked", CardFile.JPKI_AUTH_CERT)));
        String percent = URLEncoder.encode(Base64.getEncoder().encodeToString(request), StandardCharsets.US_ASCII);
        String url = Base64.getUrlEncoder().withoutPadding().encodeToString(request);
        for (String encoded : new String[] {percent, url}) {
            HttpResponse<byte[]> r = get("ocsp/" + encoded);
            assertEquals(200, r.statusCode());
            assertInstanceOf(RevokedStatus.class, OcspProbe.single(r.body()).getCertStatus());
        }
        assertEquals(OCSPResp.MALFORMED_REQUEST, OcspProbe.status(get("ocsp/!!!").body()));
        assertEquals(OCSPResp.MALFORMED_REQUEST, OcspProbe.status(get("ocsp/AAAA").body()));
    }

    @Test
    void unknownPathsWrongMethodsAndOversizedBodiesAreRefused() throws Exception {
        assertEquals(404, get("").statusCode());
        assertEquals(404, get("crl/other.crl").statusCode());
        assertEquals(405, get("ocsp").statusCode());
        HttpResponse<byte[]> post = send(HttpRequest.newBuilder(server.url().resolve("crl/auth.crl"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[1])));
        assertEquals(405, post.statusCode());
        assertEquals("GET", post.headers().firstValue("Allow").orElse(""));
        HttpResponse<byte[]> big = send(HttpRequest.newBuilder(server.ocspUrl())
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[PkiRoutes.MAX_BODY + 1])));
        assertEquals(400, big.statusCode());
        HttpResponse<byte[]> garbage = send(HttpRequest.newBuilder(server.ocspUrl())
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[PkiRoutes.MAX_BODY])));
        assertEquals(OCSPResp.MALFORMED_REQUEST, OcspProbe.status(garbage.body()));
    }

    @Test
    @Tag("pcsc")
    void opensslOcspSaysGoodAndRevoked(@TempDir Path dir) throws Exception {
        RealTool.requireOpenSsl();
        Files.writeString(dir.resolve("root.pem"), ExportTestPki.pem("CERTIFICATE", PKI.authRoot().getEncoded()));
        String good = openSslOcsp(dir, serial("adult", CardFile.JPKI_AUTH_CERT));
        assertTrue(good.contains(": good") && good.contains("Response verify OK"), good);
        String revoked = openSslOcsp(dir, serial("revoked", CardFile.JPKI_AUTH_CERT));
        assertTrue(revoked.contains(": revoked") && revoked.contains("Reason: keyCompromise")
                && revoked.contains("Response verify OK"), revoked);
    }

    private static String openSslOcsp(Path dir, BigInteger serial) throws Exception {
        RealTool.Result r = RealTool.openssl(dir, "ocsp", "-issuer", "root.pem", "-serial", "0x" + serial.toString(16),
                "-url", server.ocspUrl().toString(), "-VAfile", "root.pem", "-resp_text");
        assertEquals(0, r.exitCode(), r.output());
        return r.output();
    }

    private static X509CRL crl(String path) throws Exception {
        HttpResponse<byte[]> r = get(path);
        assertEquals(200, r.statusCode());
        assertEquals("application/pkix-crl", r.headers().firstValue("Content-Type").orElse(""));
        return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(r.body()));
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(server.url() + path)).GET());
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static BigInteger serial(String persona, CardFile file) throws Exception {
        byte[] der = SimulatedCards.contents(Personas.builtIn(persona)).file(file).orElseThrow();
        return ((X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(der))).getSerialNumber();
    }
}
