package dev.mynumber.sim.card;

import dev.mynumber.sim.variant.Variant;
import java.security.PrivateKey;
import java.security.SecureRandom;

/**
 * COMPUTE DIGITAL SIGNATURE ({@code 80 2A P1 P2}): with a JPKI key EF ({@code 0017}/{@code 001A},
 * P2 = {@code 80} for the current EF or {@code 80|SFI}) after the matching VERIFY, or with the text/visual
 * AP's own key (P2 = {@code 00}, no credential) for the card-presence challenge (spec §3.1, §3.2).
 */
final class SignCommand implements CommandHandler {
    private static final int OWN_AP_KEY = 0x00;

    private final CardState state;
    private final CardContents contents;
    private final SecureRandom random;

    SignCommand(CardState state, CardContents contents, SecureRandom random) {
        this.state = state;
        this.contents = contents;
        this.random = random;
    }

    @Override
    public byte[] handle(CommandApdu a) throws StatusException {
        SigningMode mode = SigningMode.ofP1(a.p1()).orElseThrow(() -> new StatusException(Sw.WRONG_P1P2));
        Ef.Key keyEf = a.p2() == OWN_AP_KEY ? null : keyEf(a.p2());
        PrivateKey key = keyEf == null ? ownApKey() : present(keyEf.key());
        int k = RsaSigner.modulusBytes(key);
        byte[] input = a.data();
        if (!mode.acceptsLength(input.length, k) || (a.hasLe() && a.ne() < k)) {
            throw new StatusException(Sw.WRONG_LENGTH);
        }
        byte[] signature = RsaSigner.sign(key, mode, input, random);
        if (keyEf != null && state.has(Variant.SIGN_ONCE)) {
            // one signature per VERIFY: no source refuses a second one, none promises it (spec §10)
            keyEf.use().anyOf().forEach(state::revoke);
        }
        return signature;
    }

    private Ef.Key keyEf(int p2) throws StatusException {
        Ef ef = KeyReferences.resolve(state, p2);
        if (!(ef instanceof Ef.Key keyEf)) {
            throw new StatusException(Sw.REFERENCE_NOT_FOUND);
        }
        // expected 6982 without the PIN (spec §3.2, UNCONFIRMED for 80 2A)
        if (!keyEf.use().satisfiedBy(state.verified())) {
            throw new StatusException(Sw.SECURITY_NOT_SATISFIED);
        }
        return keyEf;
    }

    private PrivateKey ownApKey() throws StatusException {
        CardApplication app = state.application().orElseThrow(() -> new StatusException(Sw.WRONG_P1P2));
        return switch (app) {
            // the AP's own key proves card presence, no credential [MC-text], [MC-surf]
            case TEXT -> present(CardKey.TEXT_AP);
            case VISUAL -> present(CardKey.VISUAL_AP);
            default -> throw new StatusException(Sw.WRONG_P1P2);
        };
    }

    private PrivateKey present(CardKey key) throws StatusException {
        return contents.key(key).orElseThrow(() -> new StatusException(Sw.REFERENCE_NOT_FOUND));
    }
}
