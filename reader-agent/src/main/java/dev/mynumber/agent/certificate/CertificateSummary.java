package dev.mynumber.agent.certificate;

/**
 * The main fields of an X.509 certificate, parsed with Bouncy Castle.
 *
 * @param subject the subject DN (RFC 4514 string)
 * @param issuer the issuer DN
 * @param serialNumber the serial number, upper-case hex
 * @param notBefore start of validity, ISO-8601 instant
 * @param notAfter end of validity, ISO-8601 instant
 * @param signatureAlgorithm e.g. {@code SHA256WITHRSA}
 * @param publicKeyBits size of the RSA modulus
 */
public record CertificateSummary(String subject, String issuer, String serialNumber, String notBefore,
        String notAfter, String signatureAlgorithm, int publicKeyBits) {
}
