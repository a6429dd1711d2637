package dev.mynumber.verifier;

/** What a JPKI certificate is being used for, which decides the KeyUsage bit it must carry. */
public enum CertificateUsage {
    /** 利用者証明用電子証明書: authentication signatures need digitalSignature. */
    AUTHENTICATION(0, "digitalSignature"),
    /** 署名用電子証明書: document signatures need nonRepudiation (contentCommitment). */
    SIGNING(1, "nonRepudiation");

    private final int keyUsageBit;
    private final String bitName;

    CertificateUsage(int keyUsageBit, String bitName) {
        this.keyUsageBit = keyUsageBit;
        this.bitName = bitName;
    }

    /** The index in {@link java.security.cert.X509Certificate#getKeyUsage()} (RFC 5280 §4.2.1.3). */
    int keyUsageBit() {
        return keyUsageBit;
    }

    /** The RFC 5280 name of the required bit. */
    String bitName() {
        return bitName;
    }
}
