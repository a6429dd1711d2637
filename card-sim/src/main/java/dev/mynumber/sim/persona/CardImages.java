package dev.mynumber.sim.persona;

import dev.mynumber.sim.files.TextImages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The visual AP's text images, with their sizes (spec §5.4: the security code 24x12 and the My Number 72x12 as
 * surveyed; name and address sizes are the simulator's choice).
 *
 * <p>Images of the built-in personas ship pre-rendered (by {@link RenderBuiltInImages}) so that a machine
 * without a Japanese font still starts the simulator, and so that their bytes, and the issuer signature over
 * them, are the same on every machine. Other text is rendered on the spot and needs a CJK font.
 */
final class CardImages {
    /** Resource folder of the pre-rendered images, named by {@link Size#fileName}. */
    static final String FOLDER = "/dev/mynumber/sim/persona/images/";

    /** Pixel size and largest font size of one kind of image. */
    record Size(int width, int height, int fontSize) {
        static final Size NAME = new Size(480, 40, 28);
        static final Size ADDRESS = new Size(480, 72, 20);
        static final Size SECURITY_CODE = new Size(24, 12, 11);
        static final Size MY_NUMBER = new Size(72, 12, 10);

        /** Names one rendering by a digest of the text and the size, so the file name carries no text. */
        String fileName(String text) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                        (width + "x" + height + "@" + fontSize + "\n" + text).getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest, 0, 12) + ".png";
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is always present", e);
            }
        }

        byte[] render(String text) {
            return TextImages.png(text, width, height, fontSize);
        }
    }

    private CardImages() {
    }

    static byte[] name(String name) {
        return image(name, Size.NAME);
    }

    static byte[] address(String address) {
        return image(address, Size.ADDRESS);
    }

    static byte[] securityCode(String code) {
        return image(code, Size.SECURITY_CODE);
    }

    static byte[] myNumber(String myNumber) {
        return image(myNumber, Size.MY_NUMBER);
    }

    /** The four images of a persona by the text they show; for {@link RenderBuiltInImages}. */
    static Map<String, Size> of(Persona persona) {
        return Map.of(persona.name(), Size.NAME, persona.address(), Size.ADDRESS,
                persona.securityCode(), Size.SECURITY_CODE, persona.myNumber(), Size.MY_NUMBER);
    }

    /** The shipped rendering of the text if there is one, else a fresh one (which needs a CJK font). */
    static byte[] image(String text, Size size) {
        try (InputStream shipped = CardImages.class.getResourceAsStream(FOLDER + size.fileName(text))) {
            return shipped != null ? shipped.readAllBytes() : size.render(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
