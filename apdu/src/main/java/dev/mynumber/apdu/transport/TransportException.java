package dev.mynumber.apdu.transport;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;

/** The transport could not move an APDU: {@link ErrorCode#CARD_REMOVED} or {@link ErrorCode#TRANSPORT_ERROR}. */
public class TransportException extends ApduException {
    public TransportException(ErrorCode code, String message) {
        super(code, message);
    }

    public TransportException(ErrorCode code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
