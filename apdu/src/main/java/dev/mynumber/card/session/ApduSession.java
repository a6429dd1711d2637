package dev.mynumber.card.session;

import dev.mynumber.apdu.Aid;
import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.CommandApdu;
import dev.mynumber.apdu.FileId;
import dev.mynumber.apdu.Iso7816;
import dev.mynumber.apdu.ResponseApdu;
import dev.mynumber.apdu.transport.CardTransport;
import dev.mynumber.apdu.transport.ReaderCapabilities;
import dev.mynumber.card.ReadOptions;
import dev.mynumber.card.StatusWords;
import java.util.Arrays;
import java.util.Objects;

/**
 * One card session over a transport: sends commands, checks status words, and consults and updates what the
 * reader has shown it can carry ({@link ReaderCapabilities}, kept by the caller per reader).
 *
 * <p>Support class for the application classes; callers use {@link dev.mynumber.card.MyNumberCard}.
 * Not thread-safe: one session per reader thread.
 */
public final class ApduSession {
    private final CardTransport transport;
    private final ReadOptions options;
    private final ReaderCapabilities capabilities;
    private final PinLedger counters = new PinLedger();
    private long selections;

    /**
     * Creates a session with the capabilities the transport carries, or fresh ones for this session alone.
     *
     * @param transport moves the bytes
     * @param options what the client may use
     */
    public ApduSession(CardTransport transport, ReadOptions options) {
        this(transport, options, ReaderCapabilities.of(transport));
    }

    /**
     * Creates a session on a reader whose capabilities the caller keeps.
     *
     * @param transport moves the bytes
     * @param options what the client may use
     * @param capabilities the reader's capabilities, updated by what this session learns
     */
    public ApduSession(CardTransport transport, ReadOptions options, ReaderCapabilities capabilities) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.options = Objects.requireNonNull(options, "options");
        this.capabilities = Objects.requireNonNull(capabilities, "capabilities");
    }

    /** Sends a command and returns the response whatever its status word. */
    public ResponseApdu transmit(CommandApdu command) throws ApduException {
        return ResponseApdu.parse(transport.transceive(command.bytes()));
    }

    /**
     * Sends a command carrying a secret and zeroes the encoded bytes afterwards (best effort).
     *
     * @param command the command (its own copy of the data cannot be wiped; see the PIN types' javadoc)
     * @return the response whatever its status word
     */
    public ResponseApdu transmitSecret(CommandApdu command) throws ApduException {
        byte[] encoded = command.bytes();
        try {
            return ResponseApdu.parse(transport.transceive(encoded));
        } finally {
            Arrays.fill(encoded, (byte) 0);
        }
    }

    /** Sends a command and returns its data, throwing the mapped error for any status but {@code 9000}. */
    public byte[] call(CommandApdu command) throws ApduException {
        ResponseApdu response = transmit(command);
        StatusWords.check(response.sw());
        return response.data();
    }

    /** Selects an application by its DF name ({@code 00 A4 04 0C}); clears the card's security status. */
    public void selectApplication(Aid aid) throws ApduException {
        selections++; // counted before the answer: a SELECT that failed may still have cleared the status
        call(Iso7816.selectByName(aid));
    }

    /**
     * How many application SELECTs this session has sent: a security status gained at one value is gone once
     * it changes (spec §7 quirk 3; re-SELECTing the same application may clear it too on some cards).
     */
    public long selections() {
        return selections;
    }

    /** Selects an EF of the current application ({@code 00 A4 02 0C}). */
    public void selectFile(FileId fileId) throws ApduException {
        call(Iso7816.selectFile(fileId));
    }

    /** What the client may use. */
    public ReadOptions options() {
        return options;
    }

    /** Whether to send extended-length READ BINARY: allowed by the options and not refused by the reader. */
    public boolean extendedLength() {
        return options.extendedLength() && capabilities.mayUseExtendedLength();
    }

    /** The retry counters this session has learned from the card's answers (see {@link PinGate}). */
    public PinLedger counters() {
        return counters;
    }

    /** The reader's capabilities, which this session reads and updates. */
    public ReaderCapabilities capabilities() {
        return capabilities;
    }
}
