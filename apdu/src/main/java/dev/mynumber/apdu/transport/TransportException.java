package dev.mynumber.apdu.transport;

import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;

/**
 * The transport could not move an APDU: {@link ErrorCode#TRANSPORT_ERROR}, or {@link ErrorCode#CARD_REMOVED} as
 * its subclass {@link CardRemovedException}.
 */
public sealed class TransportException extends ApduException permits CardRemovedException {
    /**
     * A transport failure other than a removal.
     *
     * @param message what failed, without card content
     */
    public TransportException(String message) {
        super(ErrorCode.TRANSPORT_ERROR, message);
    }

    /**
     * A transport failure other than a removal, with its cause.
     *
     * @param message what failed, without card content
     * @param cause the underlying failure
     */
    public TransportException(String message, Throwable cause) {
        super(ErrorCode.TRANSPORT_ERROR, message, cause);
    }

    TransportException(ErrorCode code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
