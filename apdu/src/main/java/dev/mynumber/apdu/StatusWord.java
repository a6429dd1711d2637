package dev.mynumber.apdu;

import java.util.Map;

/**
 * The two status bytes SW1 SW2 that end every response APDU (ISO/IEC 7816-4 §5.6).
 *
 * <p>Only the application layer interprets status words ({@code dev.mynumber.card.StatusWords}); this value
 * knows their names, for logs and messages.
 *
 * @param value {@code SW1 << 8 | SW2}, 0000 to FFFF
 */
public record StatusWord(int value) {
    /** {@code 9000}: normal processing. */
    public static final StatusWord SUCCESS = new StatusWord(0x9000);

    /** Names of the exact status words the My Number card spec lists (spec §4.1, §3.1). */
    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(0x9000, "SUCCESS"),
            Map.entry(0x6282, "END_OF_FILE_REACHED"),
            Map.entry(0x6300, "VERIFICATION_FAILED"),
            Map.entry(0x66F1, "SECURE_SESSION_NOT_AVAILABLE"),
            Map.entry(0x6700, "WRONG_LENGTH"),
            Map.entry(0x6881, "LOGICAL_CHANNEL_NOT_SUPPORTED"),
            Map.entry(0x6882, "SECURE_MESSAGING_NOT_SUPPORTED"),
            Map.entry(0x6981, "COMMAND_INCOMPATIBLE_WITH_FILE"),
            Map.entry(0x6982, "SECURITY_STATUS_NOT_SATISFIED"),
            Map.entry(0x6983, "AUTHENTICATION_METHOD_BLOCKED"),
            Map.entry(0x6984, "REFERENCE_DATA_NOT_USABLE"),
            Map.entry(0x6985, "CONDITIONS_OF_USE_NOT_SATISFIED"),
            Map.entry(0x69FC, "SECURE_MESSAGING_REFUSED"),
            Map.entry(0x6A82, "FILE_NOT_FOUND"),
            Map.entry(0x6A86, "INCORRECT_P1_P2"),
            Map.entry(0x6A88, "REFERENCED_DATA_NOT_FOUND"),
            Map.entry(0x6B00, "WRONG_P1_P2"),
            Map.entry(0x6D00, "INS_NOT_SUPPORTED"),
            Map.entry(0x6E00, "CLA_NOT_SUPPORTED"),
            Map.entry(0x6F00, "NO_PRECISE_DIAGNOSIS"));

    /**
     * Checks the range.
     *
     * @throws IllegalArgumentException outside 0000..FFFF
     */
    public StatusWord {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException("status word out of range: " + value);
        }
    }

    /**
     * The status word of two bytes.
     *
     * @param sw1 first status byte
     * @param sw2 second status byte
     * @return the status word
     */
    public static StatusWord of(int sw1, int sw2) {
        return new StatusWord(((sw1 & 0xFF) << 8) | (sw2 & 0xFF));
    }

    /** SW1, 0 to 255. */
    public int sw1() {
        return value >> 8;
    }

    /** SW2, 0 to 255. */
    public int sw2() {
        return value & 0xFF;
    }

    /** Whether this is {@code 9000}. */
    public boolean isSuccess() {
        return value == 0x9000;
    }

    /**
     * Whether this is a status word the spec or ISO 7816-4 gives a meaning here ({@link #name()} is not
     * {@code UNKNOWN}); a word outside them may be two data bytes of an answer a reader cut short.
     */
    public boolean isKnown() {
        return !"UNKNOWN".equals(name());
    }

    /**
     * A symbolic name: the spec's names, {@code COUNTER_n} for {@code 63Cn}, {@code BYTES_REMAINING} for
     * {@code 61xx}, {@code WRONG_LE} for {@code 6Cxx}, otherwise {@code UNKNOWN}.
     */
    public String name() {
        String known = NAMES.get(value);
        if (known != null) {
            return known;
        }
        if ((value & 0xFFF0) == 0x63C0) {
            return "COUNTER_" + (value & 0x0F);
        }
        switch (sw1()) {
            case 0x61:
                return "BYTES_REMAINING";
            case 0x6C:
                return "WRONG_LE";
            default:
                return "UNKNOWN";
        }
    }

    /** Hex and name, e.g. {@code 6982 SECURITY_STATUS_NOT_SATISFIED}. */
    @Override
    public String toString() {
        return String.format("%04X %s", value, name());
    }
}
