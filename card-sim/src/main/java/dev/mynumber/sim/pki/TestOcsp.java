package dev.mynumber.sim.pki;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;

/**
 * An OCSP responder (RFC 6960; オンライン失効確認) for the two test CAs, answering with the CA's own key.
 *
 * <p>Each response is signed by the issuing test CA itself (responder ID by name, the CA certificate
 * included), so a client that accepts only issuer-signed answers accepts it. A request nonce is echoed.
 * A CertID is {@code revoked} (keyCompromise, at the time {@link TestCrls} gives) when its serial is in the
 * CA's revoked set, {@code good} when in its issued set, else {@code unknown}. Simplifications: request
 * signatures are ignored; all CertIDs of one request must name the same CA, otherwise (or for an issuer
 * that is neither test CA) the answer is {@code unauthorized}; bytes that do not decode get
 * {@code malformedRequest}.
 */
public final class TestOcsp {
    /** How long a response stays current: one hour after it was produced. */
    private static final Duration LIFETIME = Duration.ofHours(1);

    private final List<OcspAuthority> authorities;

    /**
     * The serials one CA knows.
     *
     * @param issued serials of certificates the CA issued (answered {@code good} unless revoked)
     * @param revoked serials answered {@code revoked}
     */
    public record Serials(Set<BigInteger> issued, Set<BigInteger> revoked) {
        /** Copies both sets. */
        public Serials {
            issued = Set.copyOf(issued);
            revoked = Set.copyOf(revoked);
        }
    }

    /** Creates the responder for the auth and signing CAs of the test PKI, knowing the given serials. */
    public TestOcsp(TestPki pki, Serials auth, Serials sign) {
        this.authorities = List.of(
                new OcspAuthority(pki.authCaName(), pki.authCa(), pki.authRoot(), auth),
                new OcspAuthority(pki.signCaName(), pki.signCa(), pki.signRoot(), sign));
    }

    /**
     * Answers a DER OCSPRequest; never throws on bad input.
     *
     * @param request the DER-encoded OCSPRequest
     * @param now the current time (thisUpdate, producedAt, nextUpdate derive from it)
     * @return the DER-encoded OCSPResponse (status successful, malformedRequest or unauthorized)
     */
    public byte[] respond(byte[] request, Instant now) {
        OCSPReq req;
        Req[] list;
        try {
            req = new OCSPReq(request);
            list = req.getRequestList();
        } catch (IOException | IllegalArgumentException | IllegalStateException | ClassCastException e) {
            return status(OCSPRespBuilder.MALFORMED_REQUEST);
        }
        if (list.length == 0) {
            return status(OCSPRespBuilder.MALFORMED_REQUEST);
        }
        OcspAuthority ca = authorityOf(list);
        return ca == null ? status(OCSPRespBuilder.UNAUTHORIZED) : answer(ca, req, list, now);
    }

    private OcspAuthority authorityOf(Req[] list) {
        for (OcspAuthority ca : authorities) {
            if (issuedAll(ca, list)) {
                return ca;
            }
        }
        return null;
    }

    private static boolean issuedAll(OcspAuthority ca, Req[] list) {
        try {
            for (Req r : list) {
                if (!ca.issued(r.getCertID())) {
                    return false;
                }
            }
            return true;
        } catch (OCSPException e) {
            return false; // a CertID in a hash algorithm we cannot compute names no CA we know
        }
    }

    private static byte[] answer(OcspAuthority ca, OCSPReq req, Req[] list, Instant now) {
        // thisUpdate is the start of the previous minute: the status sets never change while running, and a
        // client that took its "now" just before asking must not see an answer from its future.
        Instant produced = now.truncatedTo(ChronoUnit.SECONDS);
        Date thisUpdate = Date.from(now.truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(1)));
        Date nextUpdate = Date.from(produced.plus(LIFETIME));
        BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(new RespID(ca.name()));
        for (Req r : list) {
            BigInteger serial = r.getCertID().getSerialNumber();
            builder.addResponse(r.getCertID(), ca.status(serial, now), thisUpdate, nextUpdate);
        }
        Extension nonce = req.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (nonce != null) {
            builder.setResponseExtensions(new Extensions(nonce));
        }
        try {
            BasicOCSPResp basic = builder.build(ca.signer(), new X509CertificateHolder[] {ca.cert()},
                    Date.from(produced));
            return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
        } catch (OCSPException | IOException e) {
            throw new IllegalStateException("cannot build the test OCSP response", e);
        }
    }

    private static byte[] status(int status) {
        try {
            return new OCSPRespBuilder().build(status, null).getEncoded();
        } catch (OCSPException | IOException e) {
            throw new IllegalStateException("cannot build the OCSP error response", e);
        }
    }
}
