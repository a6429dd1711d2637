package dev.mynumber.card.verify;

import dev.mynumber.card.CvCertificate;
import dev.mynumber.card.MalformedCardDataException;
import dev.mynumber.card.textap.IntegrityRecord;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The text AP integrity checks (spec §5.3, [MC-text]): DF31, DF32 and the DF33 signature. */
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
            return Check.notChecked(MY_NUMBER_DIGEST, "integrity record not read");
        }
        // DF31 covers the 17 physical bytes of EF 0001, filler included (spec §5.3, §7 quirk 6)
        byte[] actual = Rsa.sha256(e.myNumber().get().rawFile());
        return MessageDigest.isEqual(actual, e.integrity().get().myNumberDigest())
                ? Check.passed(MY_NUMBER_DIGEST, "My Number file matches DF31")
                : Check.failed(MY_NUMBER_DIGEST, "My Number file does not match DF31");
    }

    private static Check attributesDigest(CardEvidence e) {
        if (e.integrity().isEmpty() || e.attributes().isEmpty()) {
            return Check.notChecked(ATTRIBUTES_DIGEST, "integrity record not read");
        }
        // DF32 covers DF22..DF25 as raw TLVs, the DF21 offset table skipped (spec §5.3)
        byte[] actual = Rsa.sha256(e.attributes().get().signedPart());
        return MessageDigest.isEqual(actual, e.integrity().get().attributesDigest())
                ? Check.passed(ATTRIBUTES_DIGEST, "name, address, birth date and sex match DF32")
                : Check.failed(ATTRIBUTES_DIGEST, "name, address, birth date or sex does not match DF32");
    }

    private static Check integritySignature(CardEvidence e) {
        if (e.integrity().isEmpty() || e.textCertificate().isEmpty()) {
            return Check.notChecked(INTEGRITY_SIGNATURE, "integrity record or text AP certificate not read");
        }
        Optional<RSAPublicKey> key = certifiedKey(e.textCertificate().get());
        if (key.isEmpty()) {
            return Check.failed(INTEGRITY_SIGNATURE, "text AP certificate holds no usable RSA key");
        }
        IntegrityRecord record = e.integrity().get();
        return Rsa.verifySha256(key.get(), record.signedData(), record.signature())
                ? Check.passed(INTEGRITY_SIGNATURE, "DF33 verifies over DF31 and DF32 with the certified key")
                : Check.failed(INTEGRITY_SIGNATURE, "DF33 does not verify with the certified key");
    }

    static Optional<RSAPublicKey> certifiedKey(CvCertificate certificate) {
        try {
            return Optional.of(certificate.publicKey());
        } catch (MalformedCardDataException e) {
            return Optional.empty();
        }
    }
}
