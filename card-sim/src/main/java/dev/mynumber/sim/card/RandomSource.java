package dev.mynumber.sim.card;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * Adapts an injected {@link RandomGenerator} to the {@link SecureRandom} that the crypto APIs want, so
 * that tests can make GET CHALLENGE and PSS salts reproducible.
 */
final class RandomSource {

    private RandomSource() {
    }

    /** Returns the generator itself if it is a SecureRandom, else a SecureRandom drawing from it. */
    static SecureRandom asSecureRandom(RandomGenerator random) {
        if (random instanceof SecureRandom secure) {
            return secure;
        }
        return new Delegating(random);
    }

    /** A SecureRandom whose bytes come from another generator (only as strong as that generator). */
    private static final class Delegating extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final transient RandomGenerator random;

        Delegating(RandomGenerator random) {
            super(new byte[0]);
            this.random = random;
        }

        @Override
        public void nextBytes(byte[] bytes) {
            random.nextBytes(bytes);
        }
    }
}
