package dev.mynumber.card.verify;

import static dev.mynumber.card.verify.CheckReason.AP_KEY_NOT_READ;
import static dev.mynumber.card.verify.CheckReason.KEY_LINK_CERTIFIED_KEY;
import static dev.mynumber.card.verify.CheckReason.KEY_LINK_ISSUER_KEY;
import static dev.mynumber.card.verify.CheckReason.KEY_LINK_ISSUER_NOT_CONFIGURED;
import static dev.mynumber.card.verify.CheckReason.KEY_LINK_RULE_UNCONFIRMED;

import dev.mynumber.card.textap.ApKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Optional;

/**
 * The link from the text AP's own key ({@code DF51} of EF {@code 0007}) to the issuer: {@code DF52}.
 *
 * <p>Who signs {@code DF52} is UNCONFIRMED (spec §10: "the key certified in text {@code 0004}, or the CV issuer
 * key that signs {@code 0004} itself"; spec §5.3 says only "issuer signature"). Both readings are accepted,
 * SHA-256/RSA over the raw {@code DF51} TLV (the bytes before {@code DF52}), and the reason says which held.
 * When none holds the check is NOT_CHECKED, never FAILED: a guess never makes a verdict.
 */
final class KeyLinkCheck {
    static final String NAME = CheckNames.TEXT_KEY_LINK;

    private KeyLinkCheck() {
    }

    static Check check(CardEvidence e, IssuerKeys keys) {
        if (e.textApKey().isEmpty()) {
            return Check.of(NAME, AP_KEY_NOT_READ);
        }
        ApKey key = e.textApKey().get();
        Optional<RSAPublicKey> certified = e.textCertificate().flatMap(TextApChecks::certifiedKey);
        if (verifies(certified, key)) {
            return Check.of(NAME, KEY_LINK_CERTIFIED_KEY);
        }
        if (keys.textAp().stream().anyMatch(k -> verifies(Optional.of(k.key()), key))) {
            return Check.of(NAME, KEY_LINK_ISSUER_KEY);
        }
        return Check.of(NAME, keys.textAp().isEmpty() ? KEY_LINK_ISSUER_NOT_CONFIGURED : KEY_LINK_RULE_UNCONFIRMED);
    }

    private static boolean verifies(Optional<RSAPublicKey> signer, ApKey key) {
        return signer.isPresent() && Rsa.verifySha256(signer.get(), key.keyTlv(), key.issuerSignature());
    }
}
