package dev.mynumber.sim.card;

import java.security.SecureRandom;

/**
 * GET CHALLENGE ({@code 00 84 00 00 Le}): 1-256 random bytes, at the MF and in every application;
 * extended Le answers {@code 6985} (spec §3.1, [MC-card]).
 */
final class GetChallengeCommand implements CommandHandler {
    private static final int MAX_CHALLENGE = 256;

    private final SecureRandom random;

    GetChallengeCommand(SecureRandom random) {
        this.random = random;
    }

    @Override
    public byte[] handle(CommandApdu a) throws StatusException {
        if (a.p1() != 0 || a.p2() != 0) {
            throw new StatusException(Sw.WRONG_P1P2);
        }
        if (!a.hasLe() || a.data().length != 0) {
            throw new StatusException(Sw.WRONG_LENGTH);
        }
        if (a.extended() || a.ne() > MAX_CHALLENGE) {
            throw new StatusException(Sw.CONDITIONS_NOT_SATISFIED);
        }
        byte[] challenge = new byte[a.ne()];
        random.nextBytes(challenge);
        return challenge;
    }
}
