package dev.mynumber.apdu.transport;

import dev.mynumber.apdu.ErrorCode;
import java.util.Locale;
import java.util.Objects;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CommandAPDU;

/**
 * The raw transport over a {@code javax.smartcardio} channel (PC/SC through the JDK).
 *
 * <p>Faults become {@link CardRemovedException} when the card or reader went away, else
 * {@link TransportException} ({@link ErrorCode#TRANSPORT_ERROR}). A card pulled mid-command makes the JDK throw
 * {@code CardException} (SCARD_E_NOT_TRANSACTED, SCARD_W_REMOVED_CARD...) or, in about 2 of 5 runs,
 * {@code IllegalArgumentException: apdu must be at least 2 bytes long} from its response parser; a closed
 * channel or disconnected card gives {@code IllegalStateException} (tooling notes, javax.smartcardio javadoc).
 * Set {@code sun.security.smartcardio.t0GetResponse=false} and {@code t1GetResponse=false} so that 61xx
 * chaining happens only in {@link GetResponseTransport}.
 */
public final class SmartcardioTransport implements CardTransport {
    /** PC/SC error names (winscard.h) that mean the card or reader is gone. */
    private static final String[] REMOVAL_CODES = {"SCARD_W_REMOVED_CARD", "SCARD_E_NO_SMARTCARD",
        "SCARD_E_NOT_TRANSACTED", "SCARD_W_RESET_CARD", "SCARD_W_UNPOWERED_CARD", "SCARD_E_READER_UNAVAILABLE",
        "SCARD_E_NO_READERS_AVAILABLE", "SCARD_E_UNKNOWN_READER", "SCARD_E_SERVICE_STOPPED",
        "SCARD_E_NO_SERVICE"};

    private final CardChannel channel;

    /**
     * Wraps a channel.
     *
     * @param channel the basic channel of a connected card
     */
    public SmartcardioTransport(CardChannel channel) {
        this.channel = Objects.requireNonNull(channel, "channel");
    }

    @Override
    public byte[] transceive(byte[] command) throws TransportException {
        CommandAPDU apdu;
        try {
            apdu = new CommandAPDU(command);
        } catch (IllegalArgumentException e) {
            throw new TransportException("not a valid command APDU", e);
        }
        try {
            return channel.transmit(apdu).getBytes();
        } catch (CardException e) {
            String message = "PC/SC transmit failed: " + pcscReason(e);
            throw e instanceof CardNotPresentException || removal(e) ? new CardRemovedException(message, e)
                    : new TransportException(message, e);
        } catch (IllegalArgumentException e) {
            // the JDK's ResponseAPDU refused a 0- or 1-byte answer: the card vanished mid-APDU
            throw new CardRemovedException("the card answered no status word", e);
        } catch (IllegalStateException e) {
            throw new CardRemovedException("the card was disconnected", e);
        }
    }

    /**
     * Whether the exception or a cause names a removal code. The JDK's SunPCSC reports the PC/SC error only as
     * the name in its message ({@code PCSCException} is not public), so the name is all there is to read; this is
     * the one place a removal is recognised from text, and it becomes a {@link CardRemovedException} here.
     */
    static boolean removal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toUpperCase(Locale.ROOT);
            for (String code : REMOVAL_CODES) {
                if (message.contains(code)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The PC/SC error name of the innermost cause, or its class name. */
    private static String pcscReason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    @Override
    public String toString() {
        return "Smartcardio(" + channel + ")";
    }
}
