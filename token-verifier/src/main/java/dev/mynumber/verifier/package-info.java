/**
 * JPKI certificate verification (電子証明書の有効性確認): PKIX chain to configured trust anchors, key usage,
 * validity at an injected clock, and revocation from configured CRL files.
 *
 * <p>Results reuse {@link dev.mynumber.card.verify.Check}; {@link dev.mynumber.verifier.CertificateVerdict}
 * is never VALID when something was not checked. Entry point: {@link dev.mynumber.verifier.CertificateVerifier}.
 */
package dev.mynumber.verifier;
