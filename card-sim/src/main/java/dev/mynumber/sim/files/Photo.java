package dev.mynumber.sim.files;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.awt.image.WritableRaster;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import com.github.jaiimageio.jpeg2000.J2KImageWriteParam;

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
    /** Width of the real card's photo size ({@code large-photo} variant): up to 300 pixels. */
    public static final int LARGE_WIDTH = 300;
    /** Height of the real card's photo size ({@code large-photo} variant): up to 400 pixels. */
    public static final int LARGE_HEIGHT = 400;
    /** Bits per pixel of the large photo: about 5.5 KB for 300 x 400, the real face file's photo size. */
    private static final double LARGE_RATE = 0.37;
    /** Grey-level noise amplitude that gives the large photo a real photo's texture (and size). */
    private static final int GRAIN = 24;
    private static final Map<Integer, byte[]> LARGE = new ConcurrentHashMap<>();

    private static final double DEFAULT_RATE = 1.5;
    private static final int HAIR_SHADES = 5;

    private Photo() {
    }

    /** Returns the JP2 bytes of a synthetic face; {@code variant} shifts hair and shading per persona. */
    public static byte[] jp2(int variant) {
        return encode(draw(variant), DEFAULT_RATE);
    }

    /**
     * Returns the JP2 bytes of a synthetic face of the real card's size (300 x 400, about 5-6 KB), drawn and
     * encoded once per JVM and per hair shade (encoding takes a noticeable fraction of a second).
     */
    public static byte[] largeJp2(int variant) {
        return LARGE.computeIfAbsent(Math.floorMod(variant, HAIR_SHADES),
                shade -> encode(grain(draw(shade, LARGE_WIDTH, LARGE_HEIGHT), shade), LARGE_RATE)).clone();
    }

    /** Draws the synthetic face. */
    public static BufferedImage draw(int variant) {
        return draw(variant, WIDTH, HEIGHT);
    }

    private static BufferedImage draw(int variant, int width, int height) {
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

    /** Adds deterministic grain (seeded by the shade), as a scanned photo has. */
    private static BufferedImage grain(BufferedImage image, int seed) {
        Random random = new Random(seed);
        WritableRaster raster = image.getRaster();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int v = raster.getSample(x, y, 0) + random.nextInt(GRAIN) - GRAIN / 2;
                raster.setSample(x, y, 0, Math.max(0, Math.min(255, v)));
            }
        }
        return image;
    }

    private static byte[] encode(BufferedImage image, double bitsPerPixel) {
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
