package dev.mynumber.apdu;

import java.util.Objects;

/**
 * Root of every checked error the card client raises; each carries a stable {@link ErrorCode}.
 *
 * <p>Messages never contain PINs, My Numbers, personal attributes or certificate contents.
 */
public class ApduException extends Exception {
    private final ErrorCode code;

    public ApduException(ErrorCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    public ApduException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The stable code of this error. */
    public ErrorCode code() {
        return code;
    }
}
