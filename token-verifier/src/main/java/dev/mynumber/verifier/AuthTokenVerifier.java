package dev.mynumber.verifier;

import dev.mynumber.card.verify.Check;
import dev.mynumber.card.verify.CheckReason;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Server-side verification of an {@link AuthToken}: format, nonce (≥ 256 bits, issued here, fresh, single use),
 * the certificate (chain, validity, key usage, revocation) and the signature over this server's own origin.
 *
 * <p>The origin is never taken from the token: a token made for another site fails the signature check.
 * Thread-safe if the nonce store is.
 */
public final class AuthTokenVerifier {
    static final String FORMAT = "token.format";
    static final String NONCE = "token.nonce";
    static final String SIGNATURE = "token.signature";

    private final CertificateVerifier certificates;
    private final NonceStore nonces;
    private final String origin;

    /**
     * Creates the verifier.
     *
     * @param certificates verifies the token's certificate (trust anchors, CRLs, clock)
     * @param nonces the store that issued the nonces
     * @param origin this server's web origin, {@code scheme://host[:port]}, exactly as browsers send it
     * @throws IllegalArgumentException if the origin has a path, query or no host
     */
    public AuthTokenVerifier(CertificateVerifier certificates, NonceStore nonces, String origin) {
        this.certificates = Objects.requireNonNull(certificates, "certificates");
        this.nonces = Objects.requireNonNull(nonces, "nonces");
        URI uri = URI.create(origin);
        if (uri.getScheme() == null || uri.getHost() == null || !uri.getRawPath().isEmpty() || uri.getQuery() != null) {
            throw new IllegalArgumentException("origin must be scheme://host[:port]");
        }
        this.origin = origin;
    }

    /**
     * Verifies a token against the nonce this server issued for it; consumes the nonce whatever the result.
     *
     * @param token the token from the client
     * @param nonce the nonce the server issued (from its session, not from the client's word alone)
     * @return the verdict; VALID only when every check passed
     */
    public AuthTokenVerdict verify(AuthToken token, byte[] nonce) {
        List<Check> checks = new ArrayList<>();
        checks.add(nonceCheck(nonce));
        boolean formatOk = AuthToken.FORMAT.equals(token.format()) && AuthToken.ALGORITHM.equals(token.algorithm());
        checks.add(formatOk ? Check.of(FORMAT, CheckReason.TOKEN_FORMAT_SUPPORTED, AuthToken.FORMAT)
                : Check.of(FORMAT, CheckReason.TOKEN_FORMAT_UNSUPPORTED));
        Optional<X509Certificate> cert = decode(token.certificate());
        if (cert.isEmpty()) {
            checks.add(Check.of(SIGNATURE, CheckReason.TOKEN_CERTIFICATE_UNREADABLE));
            return new AuthTokenVerdict(checks);
        }
        checks.addAll(certificates.verify(cert.get(), List.of(), CertificateUsage.AUTHENTICATION).checks());
        checks.add(formatOk && signatureMatches(cert.get(), token.signature(), nonce)
                ? Check.of(SIGNATURE, CheckReason.TOKEN_SIGNATURE_VALID)
                : Check.of(SIGNATURE, CheckReason.TOKEN_SIGNATURE_INVALID));
        return new AuthTokenVerdict(checks);
    }

    private Check nonceCheck(byte[] nonce) {
        if (nonce == null || nonce.length < InMemoryNonceStore.NONCE_LENGTH) {
            return Check.of(NONCE, CheckReason.TOKEN_NONCE_TOO_SHORT);
        }
        return Check.of(NONCE, nonces.consume(nonce) ? CheckReason.TOKEN_NONCE_VALID
                : CheckReason.TOKEN_NONCE_REPLAYED);
    }

    private boolean signatureMatches(X509Certificate cert, String signatureB64, byte[] nonce) {
        try {
            Signature verifier = Signature.getInstance(AuthToken.ALGORITHM);
            verifier.initVerify(cert.getPublicKey());
            verifier.update(AuthToken.dataToSign(origin, nonce == null ? new byte[0] : nonce));
            return verifier.verify(Base64.getDecoder().decode(signatureB64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Optional<X509Certificate> decode(String certificateB64) {
        try {
            byte[] der = Base64.getDecoder().decode(certificateB64);
            return Optional.of((X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der)));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            return Optional.empty();
        }
    }
}
