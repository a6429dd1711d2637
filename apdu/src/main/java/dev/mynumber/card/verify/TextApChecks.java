package dev.mynumber.card.verify;

import static dev.mynumber.card.verify.CheckReason.ATTRIBUTES_DIGEST_MATCHES;
import static dev.mynumber.card.verify.CheckReason.ATTRIBUTES_DIGEST_MISMATCH;
import static dev.mynumber.card.verify.CheckReason.CERTIFIED_KEY_UNREADABLE;
import static dev.mynumber.card.verify.CheckReason.INTEGRITY_RECORD_NOT_READ;
import static dev.mynumber.card.verify.CheckReason.INTEGRITY_SIGNATURE_INVALID;
import static dev.mynumber.card.verify.CheckReason.INTEGRITY_SIGNATURE_VALID;
import static dev.mynumber.card.verify.CheckReason.MY_NUMBER_DIGEST_MATCHES;
import static dev.mynumber.card.verify.CheckReason.MY_NUMBER_DIGEST_MISMATCH;
import static dev.mynumber.card.verify.CheckReason.SIGNED_DATA_NOT_READ;

import dev.mynumber.card.CvCertificate;
import dev.mynumber.card.MalformedCardDataException;
import dev.mynumber.card.textap.IntegrityRecord;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text AP integrity checks (spec §5.3, [MC-text]): DF31, DF32 and the DF33 signature. Each rule was checked
 * against a JPKI test card's files by myna-card (tests/text_records.rs), so a mismatch is a confirmed failure.
 */
final class TextApChecks {
    static final String CERTIFICATE = CheckNames.TEXT_CERTIFICATE;
    static final String MY_NUMBER_DIGEST = CheckNames.TEXT_MY_NUMBER_DIGEST;
    static final String ATTRIBUTES_DIGEST = CheckNames.TEXT_ATTRIBUTES_DIGEST;
    static final String INTEGRITY_SIGNATURE = CheckNames.TEXT_INTEGRITY_SIGNATURE;

    private TextApChecks() {
    }

    /** Whether any text AP data was read: only then does the verdict cover this AP. */
    static boolean present(CardEvidence e) {
        return e.myNumber().isPresent() || e.attributes().isPresent() || e.integrity().isPresent()
                || e.textCertificate().isPresent();
    }

    /**
     * The checks; a digest check is made only for data that was read (照合番号B does not open the My Number,
     * spec §2.2), so data shown to the user is always covered and data not read is not held against the card.
     */
    static List<Check> checks(CardEvidence e, IssuerKeys keys) {
        List<Check> checks = new ArrayList<>();
        checks.add(CertificateChecks.check(CERTIFICATE, e.textCertificate(), keys.textAp()));
        if (e.myNumber().isPresent()) {
            checks.add(myNumberDigest(e));
        }
        if (e.attributes().isPresent()) {
            checks.add(attributesDigest(e));
        }
        checks.add(integritySignature(e));
        return checks;
    }

    private static Check myNumberDigest(CardEvidence e) {
        if (e.integrity().isEmpty() || e.myNumber().isEmpty()) {
            return Check.of(MY_NUMBER_DIGEST, INTEGRITY_RECORD_NOT_READ);
        }
        // DF31 covers the 17 physical bytes of EF 0001, filler included (spec §5.3, §7 quirk 6; checked against
        // a test-card fixture by myna-card tests/text_records.rs, where the trimmed TLV does not match)
        byte[] actual = Rsa.sha256(e.myNumber().get().rawFile());
        return Check.of(MY_NUMBER_DIGEST, MessageDigest.isEqual(actual, e.integrity().get().myNumberDigest())
                ? MY_NUMBER_DIGEST_MATCHES : MY_NUMBER_DIGEST_MISMATCH);
    }

    private static Check attributesDigest(CardEvidence e) {
        if (e.integrity().isEmpty() || e.attributes().isEmpty()) {
            return Check.of(ATTRIBUTES_DIGEST, INTEGRITY_RECORD_NOT_READ);
        }
        // DF32 covers DF22..DF25 as raw TLVs, the DF21 offset table skipped (spec §5.3; same fixture test)
        byte[] actual = Rsa.sha256(e.attributes().get().signedPart());
        return Check.of(ATTRIBUTES_DIGEST, MessageDigest.isEqual(actual, e.integrity().get().attributesDigest())
                ? ATTRIBUTES_DIGEST_MATCHES : ATTRIBUTES_DIGEST_MISMATCH);
    }

    private static Check integritySignature(CardEvidence e) {
        if (e.integrity().isEmpty() || e.textCertificate().isEmpty()) {
            return Check.of(INTEGRITY_SIGNATURE, SIGNED_DATA_NOT_READ);
        }
        Optional<RSAPublicKey> key = certifiedKey(e.textCertificate().get());
        if (key.isEmpty()) {
            // our reading of the 0004 layout failed, not the card's signature: nothing is proven either way
            return Check.of(INTEGRITY_SIGNATURE, CERTIFIED_KEY_UNREADABLE);
        }
        IntegrityRecord record = e.integrity().get();
        return Check.of(INTEGRITY_SIGNATURE, Rsa.verifySha256(key.get(), record.signedData(), record.signature())
                ? INTEGRITY_SIGNATURE_VALID : INTEGRITY_SIGNATURE_INVALID);
    }

    static Optional<RSAPublicKey> certifiedKey(CvCertificate certificate) {
        try {
            return Optional.of(certificate.publicKey());
        } catch (MalformedCardDataException e) {
            return Optional.empty();
        }
    }
}
