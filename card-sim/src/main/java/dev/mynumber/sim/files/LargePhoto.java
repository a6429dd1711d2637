package dev.mynumber.sim.files;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The synthetic face photo at a real card's size, for the {@code large-photo} variant: 300 x 400 greyscale
 * JPEG 2000 of about 5.5 KB (the real face file's photo, spec §5.4, issue 13), with a scanned photo's grain.
 *
 * <p>Encoding takes about a second, so the photos of the five hair shades ship pre-encoded as resources
 * ({@code large-photo-N.jp2}; {@code LargePhotoTest} fails when they differ from a fresh encoding) and are
 * encoded at run time only if one is missing. Regenerate after changing the drawing:
 * {@code java -cp card-sim/target/card-sim.jar dev.mynumber.sim.files.LargePhoto
 * card-sim/src/main/resources/dev/mynumber/sim/files}.
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
    private static final Map<Integer, byte[]> CACHE = new ConcurrentHashMap<>();

    private LargePhoto() {
    }

    /** Returns the JP2 bytes of the large synthetic face; {@code variant} picks the hair shade as in {@link Photo}. */
    public static byte[] jp2(int variant) {
        int shade = Math.floorMod(variant, Photo.HAIR_SHADES);
        return CACHE.computeIfAbsent(shade, s -> shipped(s).orElseGet(() -> encode(s))).clone();
    }

    /** Draws and encodes one shade's photo (deterministic). */
    static byte[] encode(int shade) {
        return Photo.encode(grain(Photo.draw(shade, WIDTH, HEIGHT), shade), RATE);
    }

    /** Returns the pre-encoded photo of a shade, if shipped. */
    static Optional<byte[]> shipped(int shade) {
        try (InputStream in = LargePhoto.class.getResourceAsStream(fileName(shade))) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fileName(int shade) {
        return "large-photo-" + shade + ".jp2";
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

    /**
     * Writes the five shades' photos into the resource folder given as the only argument.
     *
     * @param args the target folder
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: LargePhoto TARGET_FOLDER");
            System.exit(2);
        }
        Path folder = Files.createDirectories(Path.of(args[0]));
        for (int shade = 0; shade < Photo.HAIR_SHADES; shade++) {
            Files.write(folder.resolve(fileName(shade)), encode(shade));
        }
    }
}
