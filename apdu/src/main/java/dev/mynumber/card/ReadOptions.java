package dev.mynumber.card;

/**
 * How the client may address the card: extended-length READ BINARY and short EF identifiers.
 *
 * <p>Both are on by default because the card supports them (spec §3.3: extended Le in a real-card trace;
 * short EF ids in [MBE]). Whether the reader carries extended length is learned from its answers and kept per
 * reader ({@link dev.mynumber.apdu.transport.ReaderCapabilities}); {@code extendedLength = false} forces 256-byte
 * chunks for one card whatever the reader can do; {@code shortFileIds = false} falls back to SELECT + command
 * for readers or cards where the short-id forms misbehave.
 *
 * @param extendedLength read with extended Le (8190 bytes per READ BINARY, so one per file up to that size)
 * @param shortFileIds name EFs by short id in READ BINARY P1, VERIFY P2 and the signing command's P2
 */
public record ReadOptions(boolean extendedLength, boolean shortFileIds) {
    /** Extended length and short EF ids: the fewest APDUs. */
    public static final ReadOptions DEFAULT = new ReadOptions(true, true);

    /** Short APDUs only (256-byte chunks), short EF ids still used. */
    public static ReadOptions shortApdusOnly() {
        return new ReadOptions(false, true);
    }
}
