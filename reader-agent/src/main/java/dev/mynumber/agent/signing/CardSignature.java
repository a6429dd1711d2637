package dev.mynumber.agent.signing;

import dev.mynumber.apdu.ApduException;

/** The card's signing operation over a digest (the card receives its DigestInfo and pads it). */
@FunctionalInterface
public interface CardSignature {
    /**
     * Signs a digest.
     *
     * @param digest the hash, of the algorithm's length
     * @return the 256-byte PKCS#1 v1.5 signature
     */
    byte[] sign(byte[] digest) throws ApduException;
}
