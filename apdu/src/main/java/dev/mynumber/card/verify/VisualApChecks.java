package dev.mynumber.card.verify;

import static dev.mynumber.card.visualap.VisualApConstants.TAG_ADDRESS_IMAGE;
import static dev.mynumber.card.visualap.VisualApConstants.TAG_BIRTH_DATE;
import static dev.mynumber.card.visualap.VisualApConstants.TAG_CARD_KEY;
import static dev.mynumber.card.visualap.VisualApConstants.TAG_NAME_IMAGE;
import static dev.mynumber.card.visualap.VisualApConstants.TAG_PHOTO;
import static dev.mynumber.card.visualap.VisualApConstants.TAG_SEX;

import dev.mynumber.card.visualap.CardFace;
import java.io.ByteArrayOutputStream;
import java.security.interfaces.RSAPublicKey;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** The visual AP card-face signature check (spec §5.4, [MC-surf], verified there against [MC-sig]). */
final class VisualApChecks {
    static final String CERTIFICATE = CheckNames.VISUAL_CERTIFICATE;
    static final String FACE_SIGNATURE = CheckNames.VISUAL_FACE_SIGNATURE;
    /** DigestInfo header for 96 bytes of "SHA-256" digest: the issuer signs h1‖h2‖h3 as one 96-byte hash. */
    private static final String TRIPLE_DIGEST_INFO_PREFIX = "3071300d060960864801650304020105000460";

    private VisualApChecks() {
    }

    /** Whether any visual AP data was read: only then does the verdict cover this AP. */
    static boolean present(CardEvidence e) {
        return e.cardFace().isPresent() || e.visualCertificate().isPresent();
    }

    static List<Check> checks(CardEvidence e, IssuerKeys keys) {
        return List.of(CertificateChecks.check(CERTIFICATE, e.visualCertificate(), keys.visualAp()),
                faceSignature(e));
    }

    private static Check faceSignature(CardEvidence e) {
        if (e.cardFace().isEmpty() || e.visualCertificate().isEmpty()) {
            return Check.notChecked(FACE_SIGNATURE, "card face or visual AP certificate not read");
        }
        Optional<RSAPublicKey> key = TextApChecks.certifiedKey(e.visualCertificate().get());
        if (key.isEmpty()) {
            return Check.failed(FACE_SIGNATURE, "visual AP certificate holds no usable RSA key");
        }
        CardFace face = e.cardFace().get();
        return Rsa.verifyDigestInfo(key.get(), digestInfo(face), face.signature())
                ? Check.passed(FACE_SIGNATURE, "birth date, sex, card key, name, address and photo match DF28")
                : Check.failed(FACE_SIGNATURE, "a signed card-face field does not match DF28");
    }

    private static byte[] digestInfo(CardFace face) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(HexFormat.of().parseHex(TRIPLE_DIGEST_INFO_PREFIX));
        out.writeBytes(Rsa.sha256(face.rawTlv(TAG_BIRTH_DATE), face.rawTlv(TAG_SEX), face.rawTlv(TAG_CARD_KEY)));
        out.writeBytes(Rsa.sha256(face.rawTlv(TAG_NAME_IMAGE), face.rawTlv(TAG_ADDRESS_IMAGE)));
        out.writeBytes(Rsa.sha256(face.rawTlv(TAG_PHOTO)));
        return out.toByteArray();
    }
}
