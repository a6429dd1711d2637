package dev.mynumber.card.verify;

import dev.mynumber.apdu.ApduException;

/**
 * The card's side of a liveness check: signs a SHA-256 digest with an AP's own key.
 *
 * <p>Pass {@code textAp::signChallenge} or {@code visualAp::signChallenge}.
 */
@FunctionalInterface
public interface ChallengeSigner {
    /**
     * Signs a digest on the card.
     *
     * @param sha256Digest 32 bytes
     * @return the card's PKCS#1 v1.5 signature over the SHA-256 DigestInfo
     */
    byte[] sign(byte[] sha256Digest) throws ApduException;
}
