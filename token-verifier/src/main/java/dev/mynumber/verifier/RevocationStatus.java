package dev.mynumber.verifier;

/** The revocation (失効) state of a certificate as far as the configured sources tell. */
public enum RevocationStatus {
    /** A current CRL from the issuer does not list the certificate. */
    GOOD,
    /** A current CRL from the issuer lists the certificate. */
    REVOKED,
    /** No usable source (no CRL for this issuer, an out-of-date CRL, an untrusted issuer): unknown. */
    NOT_CHECKED
}
