package dev.mynumber.card.session;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.CommandApdu;
import dev.mynumber.apdu.ResponseApdu;
import dev.mynumber.apdu.transport.ExtendedLength;
import dev.mynumber.apdu.transport.ReaderCapabilities;
import dev.mynumber.apdu.transport.TransportException;
import java.util.Set;

/**
 * The first extended READ BINARY of a file, and what its answer teaches about the reader (issue 13 item 4).
 *
 * <p>A reader without extended length shows it in one of these ways (spec §10, UNCONFIRMED which one): the
 * card or driver answers {@code 6700} (wrong length), {@code 6D00} or {@code 6E00} (a mangled header); the PC/SC
 * layer fails the transmit (e.g. SCARD_E_NOT_TRANSACTED, an empty answer); or the answer is cut to at most 256
 * bytes. The first three make the same read go out once more with short Le {@code 00}, which carries no secret;
 * all of them mark the reader {@link ExtendedLength#UNSUPPORTED}. A transport failure is taken for a refusal only
 * while the reader is {@link ExtendedLength#UNKNOWN}: on a reader known to work it is a real fault (the card was
 * pulled), and a short read after a real removal fails too, so nothing is hidden.
 */
final class ExtendedReads {
    /** Answers that mean "this length form was not understood": wrong length, INS or CLA not supported. */
    private static final Set<Integer> REFUSALS = Set.of(0x6700, 0x6D00, 0x6E00);

    private ExtendedReads() {
    }

    /**
     * Sends an extended first read and, if the reader refused it, the same read with short Le.
     *
     * @param channel the session
     * @param extended the read with Le {@link EfReader#EXTENDED_LE}
     * @return the answer to be read as data
     */
    static ResponseApdu first(CardChannel channel, CommandApdu extended) throws ApduException {
        ResponseApdu response;
        try {
            response = channel.transmit(extended);
        } catch (TransportException e) {
            if (channel.capabilities().extendedLength() != ExtendedLength.UNKNOWN) {
                throw e;
            }
            return shortInstead(channel, extended);
        }
        return REFUSALS.contains(response.sw().value()) ? shortInstead(channel, extended) : response;
    }

    /**
     * Learns from a first extended answer: cut to a short answer while the header says more means the reader
     * carries short APDUs only (go on in 256-byte chunks); anything longer or complete means it works.
     *
     * @param capabilities the reader's capabilities
     * @param received bytes the first read returned
     * @param total the file's length from its header
     */
    static void learn(ReaderCapabilities capabilities, int received, int total) {
        if (received < total && received <= EfReader.SHORT_LE) {
            capabilities.extendedLengthRefused();
        } else {
            capabilities.extendedLengthWorked();
        }
    }

    private static ResponseApdu shortInstead(CardChannel channel, CommandApdu extended) throws ApduException {
        ResponseApdu response = channel.transmit(extended.withNe(EfReader.SHORT_LE));
        channel.capabilities().extendedLengthRefused(); // the short form got an answer, the extended did not
        return response;
    }
}
