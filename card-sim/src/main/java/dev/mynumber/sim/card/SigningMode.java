package dev.mynumber.sim.card;

import java.util.Optional;

/**
 * The input forms of the JPKI signing command, selected by P1 (spec §3.2, found by probing a card
 * [MC-jpki]); any other P1 answers {@code 6A86}.
 */
enum SigningMode {
    /** P1 {@code 00}: PKCS#1 v1.5 over the data verbatim (the host sends a DigestInfo), 1 to k-11 bytes. */
    PKCS1_RAW(0x00, false, false, false),
    /** P1 {@code 01}: SHA-256 on card, PKCS#1 v1.5 over the bare 32-byte hash. */
    PKCS1_BARE_HASH_OF_MESSAGE(0x01, true, false, false),
    /** P1 {@code 02}: a 32-byte SHA-256 hash, wrapped in a DigestInfo, PKCS#1 v1.5. */
    PKCS1_DIGEST_INFO_OF_HASH(0x02, false, true, false),
    /** P1 {@code 03}: SHA-256 on card, DigestInfo, PKCS#1 v1.5 (= sha256WithRSAEncryption). */
    PKCS1_SHA256_OF_MESSAGE(0x03, true, true, false),
    /** P1 {@code 04}: a 32-byte SHA-256 hash, RSASSA-PSS (MGF1-SHA-256, 32-byte random salt). */
    PSS_OF_HASH(0x04, false, false, true),
    /** P1 {@code 05}: SHA-256 on card, RSASSA-PSS. */
    PSS_OF_MESSAGE(0x05, true, false, true);

    /** Length of a SHA-256 hash. */
    static final int HASH_LENGTH = 32;
    /** Longest message the card hashes itself (one short APDU). */
    static final int MAX_MESSAGE = 255;
    /** PKCS#1 v1.5 padding overhead (k - 11 bytes of data at most). */
    static final int PKCS1_OVERHEAD = 11;

    private final int p1;
    private final boolean hashesOnCard;
    private final boolean wrapsDigestInfo;
    private final boolean pss;

    SigningMode(int p1, boolean hashesOnCard, boolean wrapsDigestInfo, boolean pss) {
        this.p1 = p1;
        this.hashesOnCard = hashesOnCard;
        this.wrapsDigestInfo = wrapsDigestInfo;
        this.pss = pss;
    }

    /** Returns the mode of a P1 value, if the card knows it. */
    static Optional<SigningMode> ofP1(int p1) {
        for (SigningMode m : values()) {
            if (m.p1 == p1) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Tells whether the input length suits this mode for a key of {@code modulusBytes}. */
    boolean acceptsLength(int length, int modulusBytes) {
        if (hashesOnCard) {
            return length >= 1 && length <= MAX_MESSAGE;
        }
        if (this == PKCS1_RAW) {
            return length >= 1 && length <= modulusBytes - PKCS1_OVERHEAD;
        }
        return length == HASH_LENGTH;
    }

    boolean hashesOnCard() {
        return hashesOnCard;
    }

    boolean wrapsDigestInfo() {
        return wrapsDigestInfo;
    }

    boolean pss() {
        return pss;
    }
}
