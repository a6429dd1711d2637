package dev.mynumber.agent.doctor;

/**
 * Whether one READ BINARY with an extended Le got more than 256 bytes back, measured on the JPKI authentication
 * certificate (a file free to read; its content is not kept).
 *
 * @param status SUPPORTED, NOT_SUPPORTED or NOT_MEASURED
 * @param bytes the bytes one command returned (0 if none)
 * @param detail the status word or why it was not measured
 */
public record ExtendedLengthCheck(String status, int bytes, String detail) {
    /** Not measured, with the reason. */
    static ExtendedLengthCheck notMeasured(String why) {
        return new ExtendedLengthCheck("NOT_MEASURED", 0, why);
    }
}
