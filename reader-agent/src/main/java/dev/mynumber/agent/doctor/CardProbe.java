package dev.mynumber.agent.doctor;

import dev.mynumber.apdu.Iso7816;
import dev.mynumber.apdu.ResponseApdu;
import dev.mynumber.apdu.transport.CardTransport;
import dev.mynumber.apdu.transport.TransportException;
import dev.mynumber.card.jpki.JpkiConstants;

/**
 * The doctor's only commands to a card, all harmless: SELECT of the JPKI AP (timed a few times) and one READ
 * BINARY of the authentication certificate, which needs no PIN. No VERIFY is ever sent.
 */
final class CardProbe {
    /** One command reads up to this much when extended lengths work (Ne 65536 is sent as extended Le 0000). */
    private static final int EXTENDED_NE = 65536;
    private static final int SHORT_MAX = 256;
    private final CardTransport card;

    CardProbe(CardTransport card) {
        this.card = card;
    }

    /**
     * Times SELECTs of the JPKI AP.
     *
     * @param rounds how many
     * @return the times, or null if the card has no JPKI AP (a foreign card)
     */
    RoundTrip roundTrip(int rounds) throws TransportException {
        long[] nanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            ResponseApdu answer = send(Iso7816.selectByName(JpkiConstants.AID).bytes());
            nanos[i] = System.nanoTime() - start;
            if (!answer.sw().isSuccess()) {
                return null;
            }
        }
        return RoundTrip.of(nanos);
    }

    /** Reads the authentication certificate with one extended-Le READ BINARY (the JPKI AP selected). */
    ExtendedLengthCheck extendedLength() throws TransportException {
        ResponseApdu selected = send(Iso7816.selectFile(JpkiConstants.AUTH_CERT).bytes());
        if (!selected.sw().isSuccess()) {
            return ExtendedLengthCheck.notMeasured("the authentication certificate could not be selected: "
                    + selected.sw());
        }
        ResponseApdu read = send(Iso7816.readBinary(0, EXTENDED_NE).bytes());
        int bytes = read.dataLength();
        if (bytes > SHORT_MAX) {
            return new ExtendedLengthCheck("SUPPORTED", bytes, read.sw().toString());
        }
        return new ExtendedLengthCheck("NOT_SUPPORTED", bytes, read.sw().toString());
    }

    private ResponseApdu send(byte[] command) throws TransportException {
        return ResponseApdu.parse(card.transceive(command));
    }
}
