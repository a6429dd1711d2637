package dev.mynumber.card.session;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.CommandApdu;
import dev.mynumber.apdu.ResponseApdu;
import dev.mynumber.apdu.StatusWord;
import dev.mynumber.apdu.transport.CardRemovedException;
import dev.mynumber.apdu.transport.ExtendedLength;
import dev.mynumber.apdu.transport.ReaderCapabilities;
import dev.mynumber.apdu.transport.TransportException;
import java.util.Set;

/**
 * The first extended READ BINARY of a file, and what its answer teaches about the reader (issue 13 item 4).
 *
 * <p>A reader without extended length shows it in one of these ways (spec §10, UNCONFIRMED which one): the
 * card or driver answers {@code 6700} (wrong length), {@code 6D00} or {@code 6E00} (a mangled header); the PC/SC
 * layer fails the transmit (e.g. SCARD_E_NOT_TRANSACTED, an empty answer); the answer is cut to at most 256
 * bytes ({@link #learn}); or it is cut anywhere, so that its last two bytes read as a status word with no meaning
 * here, or the driver says {@code 6F00}. Each makes the same read go out once more with short Le {@code 00} (a
 * READ BINARY carries no secret) and marks the reader {@link ExtendedLength#UNSUPPORTED}, except that a word the
 * short read repeats was the card's own answer and teaches nothing. A known card answer ({@code 6982},
 * {@code 6A82}…) is not retried. On a reader already {@link ExtendedLength#SUPPORTED} a card inserted later may
 * still refuse what the last one took (the JDK refuses extended APDUs to a T=0 card with a {@code CardException}):
 * the refusal words and a transport error are retried short, a removal is thrown, an unknown word is the card's.
 * A short read after a real removal fails too, so nothing is hidden.
 */
final class ExtendedReads {
    /** Answers that mean "this length form was not understood": wrong length, INS or CLA not supported. */
    private static final Set<Integer> REFUSALS = Set.of(0x6700, 0x6D00, 0x6E00);
    /** {@code 6F00}: "no precise diagnosis", which a driver may give an APDU it cannot carry. */
    private static final int NO_PRECISE_DIAGNOSIS = 0x6F00;

    private ExtendedReads() {
    }

    /**
     * Sends an extended first read and, if the reader may have refused it, the same read with short Le.
     *
     * @param channel the session
     * @param extended the read with Le {@link EfReader#EXTENDED_LE}
     * @return the answer to be read as data
     */
    static ResponseApdu first(ApduSession channel, CommandApdu extended) throws ApduException {
        boolean works = channel.capabilities().extendedLength() == ExtendedLength.SUPPORTED;
        ResponseApdu response;
        try {
            response = channel.transmit(extended);
        } catch (TransportException e) {
            if (works && e instanceof CardRemovedException) {
                throw e; // the reader carried extended APDUs before: the card is gone
            }
            return shortInstead(channel, extended, null);
        }
        int sw = response.sw().value();
        if (REFUSALS.contains(sw)) {
            return shortInstead(channel, extended, null);
        }
        if (!works && (sw == NO_PRECISE_DIAGNOSIS || !response.sw().isKnown())) {
            return shortInstead(channel, extended, response.sw());
        }
        return response; // data, or the card's own answer (6982, 6A82, …), which the reader maps
    }

    /**
     * Learns from a first extended answer: more than 256 bytes prove the reader carries extended answers; at most
     * 256 while the header says more means it cut the answer to a short one (go on in 256-byte chunks); a whole
     * file of at most 256 bytes proves nothing (a reader may carry the command and still fail a long answer).
     *
     * @param capabilities the reader's capabilities
     * @param received bytes the first read returned
     * @param total the file's length from its header
     */
    static void learn(ReaderCapabilities capabilities, int received, int total) {
        if (received > EfReader.SHORT_LE) {
            capabilities.extendedLengthWorked();
        } else if (received < total) {
            capabilities.extendedLengthRefused();
        }
    }

    /**
     * Sends the read with short Le; the reader refused extended length unless the card gave the same status word
     * to both forms ({@code cardWord}, null when the extended answer was a refusal or a transport failure).
     */
    private static ResponseApdu shortInstead(ApduSession channel, CommandApdu extended, StatusWord cardWord)
            throws ApduException {
        ResponseApdu response = channel.transmit(extended.withNe(EfReader.SHORT_LE));
        if (cardWord == null || !cardWord.equals(response.sw())) {
            channel.capabilities().extendedLengthRefused(); // the short form got through, the extended did not
        }
        return response;
    }
}
