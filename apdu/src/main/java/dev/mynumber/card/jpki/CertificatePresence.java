package dev.mynumber.card.jpki;

import dev.mynumber.card.MalformedCardDataException;

/**
 * Which JPKI certificates the card says it holds: EF {@code 0008}, three bytes, {@code 8F 8F 00} on a card
 * with both; byte 0 differs on a child's card, which has no signing certificate (spec §2.1, [MC-jpki]).
 *
 * <p>Only {@code 8F} is documented as "present", so any other value reads as absent. The agent asks this
 * only after the card answered "not found", to tell a card that lacks a certificate from a one-off error.
 *
 * @param signing whether the 署名用電子証明書 is present (byte 0)
 * @param authentication whether the 利用者証明用電子証明書 is present (byte 1)
 */
public record CertificatePresence(boolean signing, boolean authentication) {
    /**
     * Decodes EF {@code 0008}.
     *
     * @param flags at least 3 bytes
     * @return the presence flags
     * @throws MalformedCardDataException if shorter than 3 bytes
     */
    public static CertificatePresence parse(byte[] flags) throws MalformedCardDataException {
        if (flags.length < JpkiConstants.CERT_FLAGS_LENGTH) {
            throw new MalformedCardDataException("JPKI 0008: certificate flags shorter than 3 bytes");
        }
        return new CertificatePresence(flags[0] == JpkiConstants.CERT_PRESENT,
                flags[1] == JpkiConstants.CERT_PRESENT);
    }
}
