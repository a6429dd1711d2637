package dev.mynumber.card.verify;

import static dev.mynumber.card.verify.CheckReason.AP_KEY_NOT_READ;
import static dev.mynumber.card.verify.CheckReason.CARD_KEY_UNREADABLE;
import static dev.mynumber.card.verify.CheckReason.CHALLENGE_CARD_ERROR;
import static dev.mynumber.card.verify.CheckReason.CHALLENGE_SIGNATURE_INVALID;
import static dev.mynumber.card.verify.CheckReason.CHALLENGE_SIGNED;
import static dev.mynumber.card.verify.CheckReason.NO_CHALLENGE_SESSION;
import static dev.mynumber.card.verify.CheckReason.SIGNED_DATA_NOT_READ;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.card.MalformedCardDataException;
import java.security.interfaces.RSAPublicKey;
import java.util.random.RandomGenerator;

/**
 * Liveness (カードの実在確認): the chip signs a fresh random challenge with an AP's own key ({@code 80 2A 00 00},
 * spec §3.1, [MC-text], [MC-surf], [MC-readme]), which copied data cannot do.
 *
 * <p>This judges only "the chip holds the private half of this key"; whether the key is the issuer's is a separate
 * check ({@code visual-ap.face-signature} covers {@code DF24}; {@link KeyLinkCheck} links {@code DF51}).
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
        if (e.visualSigner().isEmpty()) {
            return Check.of(VISUAL, NO_CHALLENGE_SESSION);
        }
        if (e.cardFace().isEmpty()) {
            return Check.of(VISUAL, SIGNED_DATA_NOT_READ);
        }
        RSAPublicKey key;
        try {
            key = e.cardFace().get().cardKey();
        } catch (MalformedCardDataException ex) {
            // our reading of the DF24 layout failed; if DF24 itself was changed the face signature fails
            return Check.of(VISUAL, CARD_KEY_UNREADABLE);
        }
        return challenge(VISUAL, key, e.visualSigner().get());
    }

    /**
     * Text AP: the challenge is always sent when the AP was opened, and verified with {@code DF51} of EF
     * {@code 0007} (the public half of key {@code 0013}, [MC-text]). Who signs {@code DF51} is judged apart.
     */
    Check text(CardEvidence e) {
        if (e.textSigner().isEmpty()) {
            return Check.of(TEXT, NO_CHALLENGE_SESSION);
        }
        if (e.textApKey().isEmpty()) {
            return Check.of(TEXT, AP_KEY_NOT_READ);
        }
        return challenge(TEXT, e.textApKey().get().publicKey(), e.textSigner().get());
    }

    private Check challenge(String name, RSAPublicKey key, ChallengeSigner signer) {
        byte[] challenge = new byte[CHALLENGE_LENGTH];
        random.nextBytes(challenge);
        try {
            byte[] signature = signer.sign(Rsa.sha256(challenge));
            // the card signs DigestInfo(SHA-256(challenge)), which is exactly SHA256withRSA over the challenge
            return Check.of(name, Rsa.verifySha256(key, challenge, signature)
                    ? CHALLENGE_SIGNED : CHALLENGE_SIGNATURE_INVALID);
        } catch (ApduException ex) {
            // a card fault (e.g. removed) proves nothing either way; it still never yields GENUINE
            return Check.of(name, CHALLENGE_CARD_ERROR, ex.code().toString());
        }
    }
}
