package dev.mynumber.agent.signing;

/** The form of a signature from the signing key. */
public enum SignFormat {
    /** The bare PKCS#1 v1.5 signature over the DigestInfo of the data's hash. */
    RAW,
    /** A detached CMS SignedData (RFC 5652, DER) with signed attributes and the signing certificate. */
    CMS
}
