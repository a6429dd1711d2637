package dev.mynumber.sim.card;

import java.security.PrivateKey;
import java.security.SecureRandom;

/**
 * INTERNAL AUTHENTICATE ({@code 00 88 00 P2 Lc <challenge> 00}): only the 共通AP key {@code 0019} answers,
 * with no credential; PIN-protected keys answer {@code 6982} without their PIN and {@code 6985} with it,
 * other keys {@code 6985} (spec §3.1, [MC-card]).
 *
 * <p>Simplified: the answer is PKCS#1 v1.5 (block type 1) over the challenge; the real card's padding is
 * not published. A card whose contents lack {@link CardKey#COMMON_AUTH} answers {@code 6985}.
 */
final class InternalAuthenticateCommand implements CommandHandler {
    /** Longest challenge (one short Lc) [MC-card]; PKCS#1 v1.5 limits it further to k-11 bytes. */
    private static final int MAX_CHALLENGE = 255;

    private final CardState state;
    private final CardContents contents;
    private final SecureRandom random;

    InternalAuthenticateCommand(CardState state, CardContents contents, SecureRandom random) {
        this.state = state;
        this.contents = contents;
        this.random = random;
    }

    @Override
    public byte[] handle(CommandApdu a) throws StatusException {
        byte[] challenge = a.data();
        if (challenge.length == 0 || challenge.length > MAX_CHALLENGE) {
            throw new StatusException(Sw.WRONG_LENGTH);
        }
        if (a.p1() != 0) {
            throw new StatusException(Sw.WRONG_P1P2);
        }
        Ef ef = KeyReferences.resolve(state, a.p2());
        if (!(ef instanceof Ef.Key keyEf) || keyEf.key() != CardKey.COMMON_AUTH) {
            boolean locked = ef instanceof Ef.Key k && !k.use().satisfiedBy(state.verified());
            throw new StatusException(locked ? Sw.SECURITY_NOT_SATISFIED : Sw.CONDITIONS_NOT_SATISFIED);
        }
        PrivateKey key = contents.key(CardKey.COMMON_AUTH)
                .orElseThrow(() -> new StatusException(Sw.CONDITIONS_NOT_SATISFIED));
        int k = RsaSigner.modulusBytes(key);
        if (!SigningMode.PKCS1_RAW.acceptsLength(challenge.length, k) || (a.hasLe() && a.ne() < k)) {
            throw new StatusException(Sw.WRONG_LENGTH);
        }
        return RsaSigner.sign(key, SigningMode.PKCS1_RAW, challenge, random);
    }
}
