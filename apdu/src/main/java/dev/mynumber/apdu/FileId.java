package dev.mynumber.apdu;

/**
 * A 2-byte file identifier of an EF or key reference (ISO/IEC 7816-4 §7.1.1).
 *
 * <p>Identifiers {@code 0001}-{@code 001E} also have a short EF identifier (SFI, 1 to 30) that READ BINARY P1
 * ({@code 80|SFI}), READ RECORD P2 and the card's VERIFY P2 ({@code 80|SFI}) accept (spec §2, [MC-card]).
 *
 * @param value 0000 to FFFF
 */
public record FileId(int value) {
    private static final int MAX_SHORT_ID = 30;

    /**
     * Checks the range.
     *
     * @throws IllegalArgumentException outside 0000..FFFF
     */
    public FileId {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException("file id out of range: " + value);
        }
    }

    /**
     * The file id of a number.
     *
     * @param value e.g. {@code 0x000A}
     * @return the file id
     */
    public static FileId of(int value) {
        return new FileId(value);
    }

    /** Whether the id is 1 to 30, so it doubles as a short EF identifier. */
    public boolean hasShortId() {
        return value >= 1 && value <= MAX_SHORT_ID;
    }

    /**
     * The short EF identifier (the id itself).
     *
     * @throws IllegalStateException if {@link #hasShortId()} is false
     */
    public int shortId() {
        if (!hasShortId()) {
            throw new IllegalStateException("file " + this + " has no short EF identifier");
        }
        return value;
    }

    /** The two bytes, big-endian, as SELECT sends them. */
    public byte[] bytes() {
        return new byte[] {(byte) (value >> 8), (byte) value};
    }

    /** Four hex digits, e.g. {@code 000A}. */
    @Override
    public String toString() {
        return String.format("%04X", value);
    }
}
