package dev.mynumber.card.verify;

import static dev.mynumber.card.verify.CheckStatus.FAILED;
import static dev.mynumber.card.verify.CheckStatus.NOT_CHECKED;
import static dev.mynumber.card.verify.CheckStatus.PASSED;

/**
 * Why a check came out as it did: one stable, machine-readable code per outcome (the API's {@code reasonCode}),
 * shared by the card-data checks, the JPKI certificate checks and the token checks.
 *
 * <p>Each code implies its {@link CheckStatus}; {@link #text()} is the English wording (pages map the code to
 * their own words). A code never carries card content. The list and what each rests on: docs/verification.md.
 */
public enum CheckReason {
    /** The AP's CV certificate (EF {@code 0004}) was not read. */
    CERTIFICATE_NOT_READ(NOT_CHECKED, "certificate (EF 0004) not read"),
    /** No issuer key is configured for this AP: the issuer is not verified. */
    ISSUER_NOT_CONFIGURED(NOT_CHECKED, "issuer not verified: no issuer key configured"),
    /** The CV certificate verifies with the configured issuer key. */
    ISSUER_SIGNATURE_VALID(PASSED, "certificate signed by the configured issuer key"),
    /** The CV certificate does not verify with the configured key bound to the issuer it names. */
    ISSUER_SIGNATURE_INVALID(FAILED,
            "certificate signature does not verify with the configured key of the issuer it names"),
    /**
     * No configured issuer key verifies the certificate, and none is bound to the issuer reference it names: it
     * may come from another issuer key (generation), so nothing is proved either way.
     */
    ISSUER_KEY_NOT_MATCHING(NOT_CHECKED,
            "issuer not verified: no configured issuer key verifies this certificate or is bound to the issuer it names"),
    /** The key in EF {@code 0004} is not an RSA key this client can use: nothing signed by it can be checked. */
    CERTIFIED_KEY_UNREADABLE(NOT_CHECKED, "the key certified in EF 0004 is not an RSA key this client can read"),
    /** The integrity record (text EF {@code 0003}) was not read. */
    INTEGRITY_RECORD_NOT_READ(NOT_CHECKED, "integrity record not read"),
    /** SHA-256 of the My Number file equals {@code DF31}. */
    MY_NUMBER_DIGEST_MATCHES(PASSED, "My Number file matches DF31"),
    /** SHA-256 of the My Number file differs from {@code DF31}. */
    MY_NUMBER_DIGEST_MISMATCH(FAILED, "My Number file does not match DF31"),
    /** SHA-256 of {@code DF22..DF25} equals {@code DF32}. */
    ATTRIBUTES_DIGEST_MATCHES(PASSED, "name, address, birth date and sex match DF32"),
    /** SHA-256 of {@code DF22..DF25} differs from {@code DF32}. */
    ATTRIBUTES_DIGEST_MISMATCH(FAILED, "name, address, birth date or sex does not match DF32"),
    /** The signed data or the certificate whose key verifies it was not read. */
    SIGNED_DATA_NOT_READ(NOT_CHECKED, "the signed data or the AP certificate was not read"),
    /** {@code DF33} verifies over {@code DF31‖DF32} with the key certified in text {@code 0004}. */
    INTEGRITY_SIGNATURE_VALID(PASSED, "DF33 verifies over DF31 and DF32 with the certified key"),
    /** {@code DF33} does not verify with the key certified in text {@code 0004}. */
    INTEGRITY_SIGNATURE_INVALID(FAILED, "DF33 does not verify with the certified key"),
    /** {@code DF28} verifies over the three card-face digests with the key certified in visual {@code 0004}. */
    FACE_SIGNATURE_VALID(PASSED, "birth date, sex, card key, name, address and photo match DF28"),
    /** {@code DF28} does not verify: a signed card-face field was changed. */
    FACE_SIGNATURE_INVALID(FAILED, "a signed card-face field does not match DF28"),
    /** No card session was given to send a challenge to. */
    NO_CHALLENGE_SESSION(NOT_CHECKED, "no card session to send a challenge to"),
    /** Text EF {@code 0007} (the key {@code DF51} and its signature {@code DF52}) was not read. */
    AP_KEY_NOT_READ(NOT_CHECKED, "text AP key file (EF 0007, DF51) not read"),
    /** The key the challenge is checked with ({@code DF24}) is not an RSA key this client can read. */
    CARD_KEY_UNREADABLE(NOT_CHECKED, "card key DF24 is not an RSA key this client can read"),
    /** The chip signed a fresh random challenge with the expected key. */
    CHALLENGE_SIGNED(PASSED, "the chip signed a fresh 32-byte challenge with the expected key"),
    /** The chip's answer to the challenge does not verify with the expected key. */
    CHALLENGE_SIGNATURE_INVALID(FAILED, "the challenge signature does not verify with the card key"),
    /** A card error (e.g. removal) while the chip signed the challenge: proves nothing either way. */
    CHALLENGE_CARD_ERROR(NOT_CHECKED, "card error while signing the challenge"),
    /** {@code DF52} verifies with the key certified in text {@code 0004} (one reading of the unconfirmed rule). */
    KEY_LINK_CERTIFIED_KEY(PASSED, "DF52 verifies over DF51 with the key certified in EF 0004"),
    /** {@code DF52} verifies with the configured text AP issuer key (the other reading). */
    KEY_LINK_ISSUER_KEY(PASSED, "DF52 verifies over DF51 with the configured text AP issuer key"),
    /** {@code DF52} does not verify with the 0004 key and no issuer key is configured to try the other reading. */
    KEY_LINK_ISSUER_NOT_CONFIGURED(NOT_CHECKED, "DF52 does not verify with the key certified in EF 0004 and no "
            + "issuer key is configured to try the other reading; who signs DF52 is unconfirmed"),
    /** {@code DF52} verifies under no plausible reading; the rule is unconfirmed, so this is not a failure. */
    KEY_LINK_RULE_UNCONFIRMED(NOT_CHECKED, "DF52 verifies with neither the key certified in EF 0004 nor the "
            + "configured issuer key; who signs DF52 is unconfirmed, so this is not a failure"),
    /** No JPKI trust anchor is configured. */
    NO_TRUST_ANCHOR(NOT_CHECKED, "no trust anchor configured"),
    /** The certificate chains to a configured trust anchor. */
    CHAIN_VALID(PASSED, "chains to a configured trust anchor"),
    /** The certificate does not chain to a configured trust anchor. */
    CHAIN_INVALID(FAILED, "does not chain to a configured trust anchor"),
    /** The certificate file is not an X.509 certificate. */
    NOT_X509_CERTIFICATE(FAILED, "not an X.509 certificate"),
    /** A card error while reading the certificate. */
    CERTIFICATE_CARD_ERROR(NOT_CHECKED, "card error while reading the certificate"),
    /** The certificate is valid at the verifier's clock. */
    VALID_NOW(PASSED, "valid now"),
    /** The certificate has expired. */
    EXPIRED(FAILED, "expired"),
    /** The certificate is not yet valid. */
    NOT_YET_VALID(FAILED, "not yet valid"),
    /** An issuing CA certificate is not valid now. */
    ISSUING_CA_NOT_VALID(FAILED, "an issuing CA certificate is not valid now"),
    /** KeyUsage carries the bit this use needs. */
    KEY_USAGE_ALLOWS(PASSED, "KeyUsage allows this use"),
    /** No KeyUsage extension: RFC 5280 §4.2.1.3 puts no restriction on the key. */
    KEY_USAGE_UNRESTRICTED(PASSED, "no KeyUsage extension: the key is not restricted (RFC 5280 4.2.1.3)"),
    /** KeyUsage is present and lacks the bit this use needs. */
    KEY_USAGE_FORBIDS(FAILED, "KeyUsage does not allow this use"),
    /** No CRL or OCSP source is configured. */
    NO_REVOCATION_SOURCE(NOT_CHECKED, "no CRL or OCSP source configured"),
    /** The issuer is not trusted, so its CRL cannot be checked. */
    ISSUER_NOT_TRUSTED(NOT_CHECKED, "issuer is not trusted: its CRL cannot be checked"),
    /** No configured CRL is signed by the certificate's issuer. */
    NO_CRL_FROM_ISSUER(NOT_CHECKED, "no CRL signed by this certificate's issuer"),
    /** The issuer's CRL is not current. */
    CRL_NOT_CURRENT(NOT_CHECKED, "the issuer's CRL is not current (nextUpdate passed)"),
    /** Not listed in the issuer's current CRL. */
    NOT_IN_CRL(PASSED, "not listed in the issuer's current CRL"),
    /** Listed in the issuer's current CRL: revoked. */
    REVOKED_IN_CRL(FAILED, "listed in the issuer's current CRL"),
    /** OCSP answered good. */
    OCSP_GOOD(PASSED, "OCSP: good"),
    /** OCSP answered revoked. */
    OCSP_REVOKED(FAILED, "OCSP: revoked"),
    /** The OCSP responder gave no usable answer (unreachable, unsuccessful, malformed). */
    OCSP_NO_ANSWER(NOT_CHECKED, "OCSP responder gave no usable answer"),
    /** The OCSP answer is not signed by the issuer's key. */
    OCSP_NOT_SIGNED_BY_ISSUER(NOT_CHECKED, "OCSP response not signed by the issuer's key"),
    /** The OCSP answer does not echo the request's nonce (possible replay). */
    OCSP_NONCE_MISMATCH(NOT_CHECKED, "OCSP response does not echo our nonce (possible replay)"),
    /** The OCSP answer is not current. */
    OCSP_NOT_CURRENT(NOT_CHECKED, "OCSP response is not current"),
    /** OCSP does not know the certificate or did not answer for it. */
    OCSP_UNKNOWN(NOT_CHECKED, "OCSP: the certificate is unknown to the responder"),
    /** The token nonce is shorter than 256 bits. */
    TOKEN_NONCE_TOO_SHORT(FAILED, "nonce shorter than 256 bits"),
    /** The token nonce was issued here, is fresh and was used once. */
    TOKEN_NONCE_VALID(PASSED, "issued here, fresh and used once"),
    /** The token nonce is unknown, expired or already used. */
    TOKEN_NONCE_REPLAYED(FAILED, "nonce unknown, expired or already used (replay)"),
    /** The token format and algorithm are supported. */
    TOKEN_FORMAT_SUPPORTED(PASSED, "supported token format"),
    /** The token format or algorithm is not supported. */
    TOKEN_FORMAT_UNSUPPORTED(FAILED, "unsupported token format or algorithm"),
    /** The token's certificate is not valid base64 DER X.509. */
    TOKEN_CERTIFICATE_UNREADABLE(FAILED, "certificate is not valid base64 DER X.509"),
    /** The token is signed by the certificate's key for this origin and nonce. */
    TOKEN_SIGNATURE_VALID(PASSED, "signed by the certificate's key for this origin and nonce"),
    /** The token signature does not match this origin and nonce. */
    TOKEN_SIGNATURE_INVALID(FAILED, "signature does not match this origin and nonce"),
    /** The bytes are not a CMS SignedData with at least one signer. */
    CMS_MALFORMED(FAILED, "not a CMS SignedData with a signer"),
    /** The CMS does not contain the signer's certificate: the signer cannot be checked. */
    CMS_SIGNER_CERTIFICATE_MISSING(NOT_CHECKED, "the signer's certificate is not in the CMS"),
    /** The signer's signature verifies over the signed attributes, whose message digest matches the data. */
    CMS_SIGNATURE_VALID(PASSED, "signed by the certificate's key over this data"),
    /** The message digest does not match the data, or the signature does not verify. */
    CMS_SIGNATURE_INVALID(FAILED, "signature does not match this data");

    private final CheckStatus status;
    private final String text;

    CheckReason(CheckStatus status, String text) {
        this.status = status;
        this.text = text;
    }

    /** The outcome this reason stands for. */
    public CheckStatus status() {
        return status;
    }

    /** The English wording; never card content. */
    public String text() {
        return text;
    }
}
