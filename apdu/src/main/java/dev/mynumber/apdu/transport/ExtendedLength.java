package dev.mynumber.apdu.transport;

/**
 * Whether a reader carries extended-length APDUs (ISO 7816-4 §5.1), as learned from the card's answers.
 *
 * <p>Many contactless readers and drivers pass short APDUs only (spec §10: reader-dependent, UNCONFIRMED). The
 * client never guesses from the reader's name: it sends the extended form while the answer is {@link #UNKNOWN}
 * and learns from what comes back.
 */
public enum ExtendedLength {
    /** Not yet tried on this reader: the next whole-file read tries the extended form and learns. */
    UNKNOWN,
    /** An extended READ BINARY brought more than 256 bytes: keep using it. */
    SUPPORTED,
    /** An extended APDU was refused or cut to a short answer: only short APDUs from now on. */
    UNSUPPORTED
}
