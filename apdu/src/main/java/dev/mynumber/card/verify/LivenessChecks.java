package dev.mynumber.card.verify;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.card.MalformedCardDataException;
import dev.mynumber.card.textap.ApKey;
import dev.mynumber.card.visualap.CardFace;
import java.security.interfaces.RSAPublicKey;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Liveness (カードの実在確認): the chip signs a fresh random challenge with an AP's own key ({@code 80 2A 00 00},
 * spec §3.1, [MC-text], [MC-surf], [MC-readme]), which copied data cannot do.
 */
final class LivenessChecks {
    static final String TEXT = CheckNames.TEXT_LIVENESS;
    static final String VISUAL = CheckNames.VISUAL_LIVENESS;
    private static final int CHALLENGE_LENGTH = 32;

    private final RandomGenerator random;

    LivenessChecks(RandomGenerator random) {
        this.random = random;
    }

    /** Visual AP: verified with the card key {@code DF24}, which the face signature covers. */
    Check visual(CardEvidence e) {
        if (e.visualSigner().isEmpty() || e.cardFace().isEmpty()) {
            return Check.notChecked(VISUAL, "no visual AP session or card face to check against");
        }
        CardFace face = e.cardFace().get();
        try {
            return challenge(VISUAL, face.cardKey(), e.visualSigner().get());
        } catch (MalformedCardDataException ex) {
            return Check.failed(VISUAL, "card key DF24 is not a valid RSA key");
        }
    }

    /**
     * Text AP: verified with {@code DF51} of EF {@code 0007}, itself checked with {@code DF52} by the certified key.
     * What {@code DF52} signs is not published (spec §5.3 says "issuer signature"); this follows the simulator:
     * SHA-256/RSA over the {@code DF51} TLV by the key of EF {@code 0004}. UNCONFIRMED on real cards.
     */
    Check text(CardEvidence e) {
        if (e.textSigner().isEmpty()) {
            return Check.notChecked(TEXT, "no text AP session to challenge");
        }
        if (e.textApKey().isEmpty() || e.textCertificate().isEmpty()) {
            return Check.notChecked(TEXT, "text AP key file (EF 0007, DF51) or certificate not read");
        }
        ApKey key = e.textApKey().get();
        Optional<RSAPublicKey> certified = TextApChecks.certifiedKey(e.textCertificate().get());
        if (certified.isEmpty() || !Rsa.verifySha256(certified.get(), key.keyTlv(), key.issuerSignature())) {
            return Check.failed(TEXT, "DF51 key is not signed by the certified text AP key");
        }
        return challenge(TEXT, key.publicKey(), e.textSigner().get());
    }

    private Check challenge(String name, RSAPublicKey key, ChallengeSigner signer) {
        byte[] challenge = new byte[CHALLENGE_LENGTH];
        random.nextBytes(challenge);
        try {
            byte[] signature = signer.sign(Rsa.sha256(challenge));
            // the card signs DigestInfo(SHA-256(challenge)), which is exactly SHA256withRSA over the challenge
            return Rsa.verifySha256(key, challenge, signature)
                    ? Check.passed(name, "the chip signed a fresh " + CHALLENGE_LENGTH + "-byte challenge")
                    : Check.failed(name, "the challenge signature does not verify with the card key");
        } catch (ApduException ex) {
            // a card fault (e.g. removed) proves nothing either way; it still never yields GENUINE
            return Check.notChecked(name, "card error while signing the challenge: " + ex.code());
        }
    }
}
