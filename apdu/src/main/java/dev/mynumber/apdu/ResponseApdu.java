package dev.mynumber.apdu;

import dev.mynumber.apdu.transport.TransportException;
import java.util.Arrays;

/**
 * A response APDU: the data field and the status word (ISO/IEC 7816-4 §5.1).
 *
 * @param data the data field, possibly empty; copied in and out
 * @param sw the status word
 */
public record ResponseApdu(byte[] data, StatusWord sw) {
    /** Copies the data. */
    public ResponseApdu {
        data = data.clone();
    }

    /**
     * Splits an encoded response into data and status word.
     *
     * @param bytes data followed by SW1 SW2
     * @return the response
     * @throws TransportException {@link ErrorCode#TRANSPORT_ERROR} if shorter than a status word
     */
    public static ResponseApdu parse(byte[] bytes) throws TransportException {
        if (bytes == null || bytes.length < 2) {
            throw new TransportException("response shorter than a status word");
        }
        int n = bytes.length;
        return new ResponseApdu(Arrays.copyOf(bytes, n - 2), StatusWord.of(bytes[n - 2], bytes[n - 1]));
    }

    /** A copy of the data field. */
    @Override
    public byte[] data() {
        return data.clone();
    }

    /** Length of the data field. */
    public int dataLength() {
        return data.length;
    }

    /** The encoded response: data then SW1 SW2. */
    public byte[] bytes() {
        byte[] out = Arrays.copyOf(data, data.length + 2);
        out[data.length] = (byte) sw.sw1();
        out[data.length + 1] = (byte) sw.sw2();
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResponseApdu other && sw.equals(other.sw) && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(data) + sw.hashCode();
    }

    /** Length and status only: response data may be personal. */
    @Override
    public String toString() {
        return "ResponseApdu[" + data.length + " bytes, " + sw + "]";
    }
}
