package dev.mynumber.apdu.tlv;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;

/** Bytes that do not parse as BER-TLV: a bad tag or length, or a value running past the input. */
public class MalformedTlvException extends ApduException {
    /**
     * Creates the error.
     *
     * @param message what is wrong and where (offsets and tags only, never values)
     */
    public MalformedTlvException(String message) {
        super(ErrorCode.MALFORMED_CARD_DATA, message);
    }
}
