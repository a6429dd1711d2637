package dev.mynumber.card.pin;

import dev.mynumber.card.InvalidPinFormatException;
import java.util.Arrays;

/**
 * A self-wiping secret: the ASCII bytes a VERIFY sends, zeroed by {@link #close()}.
 *
 * <p>Use in try-with-resources. Never a {@code String}; {@link #toString()} prints {@code [redacted]}.
 * Wiping is best effort: the JVM may have copied the bytes (JIT, GC moves) and the caller's own
 * {@code char[]} stays the caller's to wipe.
 */
public abstract sealed class Secret implements AutoCloseable
        permits Pin4, SigningPassword, VerificationCodeA, VerificationCodeB {
    private final byte[] ascii;
    private boolean closed;

    /**
     * Takes ownership of already validated ASCII bytes.
     *
     * @param ascii the bytes; this object wipes them on close
     */
    Secret(byte[] ascii) {
        this.ascii = ascii;
    }

    /**
     * A copy of the bytes to send in VERIFY; the caller must zero the copy after use.
     *
     * @return a fresh copy
     * @throws InvalidPinFormatException if this secret was already closed
     */
    public final byte[] verifyData() throws InvalidPinFormatException {
        if (closed) {
            throw new InvalidPinFormatException("the secret was already closed");
        }
        return ascii.clone();
    }

    /** Zeroes the buffer; later use raises {@link InvalidPinFormatException}. */
    @Override
    public final void close() {
        Arrays.fill(ascii, (byte) 0);
        closed = true;
    }

    /** Always {@code [redacted]}. */
    @Override
    public final String toString() {
        return "[redacted]";
    }

    /**
     * Copies chars into ASCII bytes, checking each with the rule; wipes the copy when a char fails.
     *
     * @param chars the caller's chars (not modified)
     * @param allowed which chars pass
     * @param rule the rule named in the error
     */
    static byte[] toAscii(char[] chars, CharRule allowed, String rule) throws InvalidPinFormatException {
        if (chars == null) {
            throw new InvalidPinFormatException(rule);
        }
        byte[] out = new byte[chars.length];
        for (int i = 0; i < chars.length; i++) {
            if (!allowed.test(chars[i])) {
                Arrays.fill(out, (byte) 0);
                throw new InvalidPinFormatException(rule);
            }
            out[i] = (byte) chars[i];
        }
        return out;
    }

    /** Whether an ASCII digit. */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A test on one char. */
    @FunctionalInterface
    interface CharRule {
        boolean test(char c);
    }
}
