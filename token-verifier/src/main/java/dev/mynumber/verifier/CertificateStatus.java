package dev.mynumber.verifier;

/** The overall result of a {@link CertificateVerdict}. */
public enum CertificateStatus {
    /** Chain, validity, key usage and revocation were all checked and passed. */
    VALID,
    /** At least one check failed. */
    INVALID,
    /** Nothing failed, but something (typically revocation) was not checked: not proven valid. */
    INCOMPLETE
}
