package dev.mynumber.sim.card;

import static dev.mynumber.sim.card.CardSecret.JPKI_AUTH_PIN;
import static dev.mynumber.sim.card.CardSecret.JPKI_SIGN_PASSWORD;

/**
 * 公的個人認証AP (JPKI AP): its EFs and their access rules, spec §2.1.
 *
 * <p>Not modelled: {@code 0009} (unknown, protected) is absent; {@code 0016} (terminal CV-certificate
 * key reference) is an internal EF.
 */
final class JpkiLayout {
    /** Key reference for the terminal CV-certificate check ({@code 80 A2}), §2.1. */
    static final int TERMINAL_CV_KEY = 0x0016;

    private JpkiLayout() {
    }

    static EfTable build(CardContents c) {
        return new EfTable(c)
                // the signing certificate needs the signing password [TEX2E], [OSC-jpki3]
                .data(CardFile.JPKI_SIGN_CERT, AccessRule.anyOf(JPKI_SIGN_PASSWORD))
                .data(CardFile.JPKI_SIGN_CA_CERT, AccessRule.free())
                .data(CardFile.JPKI_TOKEN_INFO, AccessRule.free())
                .data(CardFile.JPKI_CERT_FLAGS, AccessRule.free())
                .data(CardFile.JPKI_AUTH_CERT, AccessRule.free())
                .data(CardFile.JPKI_AUTH_CA_CERT, AccessRule.free())
                .internal(TERMINAL_CV_KEY)
                .key(CardKey.JPKI_AUTH, AccessRule.anyOf(JPKI_AUTH_PIN))
                .secret(JPKI_AUTH_PIN)
                .key(CardKey.JPKI_SIGN, AccessRule.anyOf(JPKI_SIGN_PASSWORD))
                .secret(JPKI_SIGN_PASSWORD);
    }
}
