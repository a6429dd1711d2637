package dev.mynumber.agent.image;

/**
 * A PNG image with its dimensions.
 *
 * @param png the PNG bytes (owned by this record; callers do not modify them)
 * @param width pixels
 * @param height pixels
 */
public record PngImage(byte[] png, int width, int height) {
    /** Redacted: images on the card are personal data. */
    @Override
    public String toString() {
        return "PngImage[" + width + "x" + height + "]";
    }
}
