package dev.mynumber.agent.certificate;

/** Which JPKI certificate a view shows. */
public enum CertificateKind {
    /** 利用者証明用電子証明書 (JPKI EF 000A): readable without a PIN, no personal data. */
    AUTHENTICATION,
    /** 署名用電子証明書 (JPKI EF 0001): needs the signing password, carries name, address, birth date, sex. */
    SIGNING
}
