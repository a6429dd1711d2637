package dev.mynumber.agent.image;

import dev.mynumber.agent.usecase.Failures;
import dev.mynumber.apdu.ApduException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Turns card-face images into PNG: the JPEG 2000 photo (spec §5.4, JP2 container) is decoded with the
 * jai-imageio JPEG 2000 codec and re-encoded; images already in PNG pass through.
 *
 * <p>Streams are memory-cached explicitly: ImageIO's default file cache would put a face photo on disk.
 * A decoder failure on malformed card data becomes {@code MALFORMED_CARD_DATA}, never an unchecked exception.
 */
public final class ImageTranscoder {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private ImageTranscoder() {
    }

    /**
     * Decodes any image ImageIO can read (JP2 included) and encodes it as PNG.
     *
     * @param image the card's bytes
     * @param what a non-personal name for errors, e.g. "face photo"
     * @return the PNG with its dimensions
     */
    public static PngImage toPng(byte[] image, String what) throws ApduException {
        BufferedImage decoded = decode(image, what);
        return new PngImage(encode(decoded, what), decoded.getWidth(), decoded.getHeight());
    }

    /**
     * Returns PNG bytes: the card's bytes if they already are PNG, else a transcoded copy.
     *
     * @param image the card's bytes
     * @param what a non-personal name for errors
     * @return PNG bytes
     */
    public static byte[] pngBytes(byte[] image, String what) throws ApduException {
        return isPng(image) ? image.clone() : toPng(image, what).png();
    }

    /**
     * Whether the bytes start with the PNG signature.
     *
     * @param image the bytes
     * @return true for a PNG
     */
    public static boolean isPng(byte[] image) {
        if (image.length < PNG_SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < PNG_SIGNATURE.length; i++) {
            if (image[i] != PNG_SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    private static BufferedImage decode(byte[] image, String what) throws ApduException {
        try {
            // ImageIO.read closes the stream it is given
            ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(image));
            BufferedImage decoded = ImageIO.read(in);
            if (decoded == null) {
                throw Failures.malformed(what + ": no decoder recognises the image");
            }
            return decoded;
        } catch (IOException | RuntimeException e) {
            throw Failures.malformed(what + ": the image does not decode", e);
        } catch (Error e) {
            if (e instanceof VirtualMachineError) {
                throw e;
            }
            // the JJ2000 decoder signals some corrupt codestreams with plain Errors
            throw Failures.malformed(what + ": the image does not decode", e);
        }
    }

    private static byte[] encode(BufferedImage image, String what) throws ApduException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            if (!ImageIO.write(image, "png", out)) {
                throw Failures.malformed(what + ": no PNG encoder for this image type");
            }
        } catch (IOException | RuntimeException e) {
            throw Failures.malformed(what + ": the image does not encode as PNG", e);
        }
        return bytes.toByteArray();
    }
}
