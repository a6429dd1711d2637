package dev.mynumber.card.verify;

import static dev.mynumber.card.verify.CheckReason.CERTIFIED_KEY_UNREADABLE;
import static dev.mynumber.card.verify.CheckReason.FACE_SIGNATURE_INVALID;
import static dev.mynumber.card.verify.CheckReason.FACE_SIGNATURE_VALID;
import static dev.mynumber.card.verify.CheckReason.SIGNED_DATA_NOT_READ;
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
            return Check.of(FACE_SIGNATURE, SIGNED_DATA_NOT_READ);
        }
        Optional<RSAPublicKey> key = TextApChecks.certifiedKey(e.visualCertificate().get());
        if (key.isEmpty()) {
            return Check.of(FACE_SIGNATURE, CERTIFIED_KEY_UNREADABLE);
        }
        // the key of 0004, not the card key DF24: verified on a test card's files [MC-sig]; DF24 would let a
        // forger sign a face with a key of their own, so that reading is never accepted
        CardFace face = e.cardFace().get();
        return Check.of(FACE_SIGNATURE, Rsa.verifyDigestInfo(key.get(), digestInfo(face), face.signature())
                ? FACE_SIGNATURE_VALID : FACE_SIGNATURE_INVALID);
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
