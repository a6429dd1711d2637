package dev.mynumber.sim.files;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.Random;

/**
 * The synthetic face photo at a real card's size, for the {@code large-photo} variant: 300 x 400 greyscale
 * JPEG 2000 of about 5.5 KB (the real face file's photo, spec §5.4, issue 13), with a scanned photo's grain.
 *
 * <p>Encoding takes about a second, so the photos of the five hair shades ship pre-encoded as resources
 * ({@code large-photo-N.jp2}, see {@link ShippedPhotos}).
 */
public final class LargePhoto {
    /** Width: a real card's photo is up to 300 pixels wide. */
    public static final int WIDTH = 300;
    /** Height: a real card's photo is up to 400 pixels high. */
    public static final int HEIGHT = 400;
    /** Bits per pixel: about 5.5 KB for 300 x 400. */
    private static final double RATE = 0.37;
    /** Grey-level noise amplitude that gives the photo a real photo's texture (and size). */
    private static final int GRAIN = 24;

    private LargePhoto() {
    }

    /** Returns the JP2 bytes of the large synthetic face; {@code variant} picks the hair shade as in {@link Photo}. */
    public static byte[] jp2(int variant) {
        return ShippedPhotos.LARGE.jp2(Math.floorMod(variant, Photo.HAIR_SHADES));
    }

    /** Draws and encodes one shade's photo (deterministic). */
    static byte[] encode(int shade) {
        return Photo.encode(grain(Photo.draw(shade, WIDTH, HEIGHT), shade), RATE);
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
}
