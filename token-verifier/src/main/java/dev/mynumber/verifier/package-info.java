/**
 * JPKI certificate verification (電子証明書の有効性確認): PKIX chain to configured trust anchors, key usage,
 * validity at an injected clock, and revocation from configured CRL files or OCSP; on top of it, what a server
 * checks of the agent's answers: origin-bound tokens ({@link dev.mynumber.verifier.AuthTokenVerifier}) and
 * detached CMS signatures ({@link dev.mynumber.verifier.CmsVerifier}). The agent runs the same classes.
 *
 * <p>Results reuse {@link dev.mynumber.card.verify.Check}; {@link dev.mynumber.verifier.CertificateVerdict}
 * is never VALID when something was not checked. Entry point: {@link dev.mynumber.verifier.CertificateVerifier}.
 * The J-LIS roots of both generations ship in this jar ({@link dev.mynumber.verifier.TrustAnchors#jpkiRoots()}).
 */
package dev.mynumber.verifier;
