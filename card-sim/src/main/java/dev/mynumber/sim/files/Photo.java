package dev.mynumber.sim.files;

import com.github.jaiimageio.jpeg2000.J2KImageWriteParam;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Draws the synthetic face photo (no real person) and encodes it as greyscale JPEG 2000 (JP2 container),
 * the visual AP's {@code DF27} format (spec §5.4).
 *
 * <p>The face is drawn into a {@code TYPE_BYTE_GRAY} image first: jai-imageio writes {@code TYPE_INT_RGB}
 * with signed components (shared/tooling.md).
 */
public final class Photo {
    /** Photo width in pixels. */
    public static final int WIDTH = 120;
    /** Photo height in pixels. */
    public static final int HEIGHT = 150;
    private static final double DEFAULT_RATE = 1.5;
    /** Hair shades: the synthetic faces differ in this many ways. */
    static final int HAIR_SHADES = 5;

    private Photo() {
    }

    /**
     * Returns the JP2 bytes of a synthetic face; {@code variant} shifts hair and shading per persona. Shipped
     * pre-encoded ({@link ShippedPhotos}): the same bytes as {@link #encode(int)}, without the encoder's start.
     */
    public static byte[] jp2(int variant) {
        return ShippedPhotos.SMALL.jp2(Math.floorMod(variant, HAIR_SHADES));
    }

    /** Draws and encodes one shade's photo (deterministic). */
    static byte[] encode(int shade) {
        return encode(draw(shade), DEFAULT_RATE);
    }

    /** Draws the synthetic face. */
    public static BufferedImage draw(int variant) {
        return draw(variant, WIDTH, HEIGHT);
    }

    /** Draws the synthetic face at another size (the drawing scales). */
    static BufferedImage draw(int variant, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(width / (double) WIDTH, height / (double) HEIGHT);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(225, 225, 225));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(150, 150, 150));
            g.fillRoundRect(15, 118, 90, 50, 40, 40);
            int hair = 40 + Math.floorMod(variant, HAIR_SHADES) * 20;
            g.setColor(new Color(hair, hair, hair));
            g.fillOval(27, 18, 66, 70);
            g.setColor(new Color(200, 200, 200));
            g.fillOval(32, 32, 56, 76);
            g.setColor(new Color(60, 60, 60));
            g.fillOval(45, 60, 8, 6);
            g.fillOval(67, 60, 8, 6);
            g.setStroke(new BasicStroke(2f));
            g.drawLine(60, 68, 57, 82);
            g.drawArc(48, 82, 24, 12, 200, 140);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Encodes a greyscale image as JP2 at the given bits per pixel. */
    static byte[] encode(BufferedImage image, double bitsPerPixel) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg2000");
        if (!writers.hasNext()) {
            throw new IllegalStateException("no JPEG 2000 writer (jai-imageio-jpeg2000 missing)");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            J2KImageWriteParam param = (J2KImageWriteParam) writer.getDefaultWriteParam();
            param.setLossless(false);
            param.setEncodingRate(bitsPerPixel);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
