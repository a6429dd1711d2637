package dev.mynumber.sim.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * One size of the synthetic face photo, pre-encoded per hair shade as class-path resources ({@code NAME-N.jp2}
 * next to this class), because a JPEG 2000 encode costs a simulator start a quarter of a second (the small
 * photo, issue 17) to a second (the large one). A shade is encoded at run time only if its resource is missing;
 * {@code ShippedPhotosTest} fails when a resource differs from a fresh encoding.
 *
 * <p>Regenerate both sizes after changing the drawing: {@code java -cp card-sim/target/card-sim.jar
 * dev.mynumber.sim.files.ShippedPhotos card-sim/src/main/resources/dev/mynumber/sim/files}.
 */
final class ShippedPhotos {
    /** Today's small photo ({@link Photo}). */
    static final ShippedPhotos SMALL = new ShippedPhotos("photo", Photo::encode);
    /** The real card's size ({@link LargePhoto}). */
    static final ShippedPhotos LARGE = new ShippedPhotos("large-photo", LargePhoto::encode);

    private final String name;
    private final IntFunction<byte[]> encoder;
    private final Map<Integer, byte[]> cache = new ConcurrentHashMap<>();

    private ShippedPhotos(String name, IntFunction<byte[]> encoder) {
        this.name = name;
        this.encoder = encoder;
    }

    /** Returns the JP2 bytes of a shade (a fresh copy), from the resource when shipped. */
    byte[] jp2(int shade) {
        return cache.computeIfAbsent(shade, s -> shipped(s).orElseGet(() -> encode(s))).clone();
    }

    /** Draws and encodes one shade's photo (deterministic). */
    byte[] encode(int shade) {
        return encoder.apply(shade);
    }

    /** Returns the pre-encoded photo of a shade, if shipped. */
    Optional<byte[]> shipped(int shade) {
        try (InputStream in = ShippedPhotos.class.getResourceAsStream(fileName(shade))) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The resource's file name of a shade. */
    String fileName(int shade) {
        return name + "-" + shade + ".jp2";
    }

    /**
     * Writes every shade's photo of both sizes into the resource folder given as the only argument.
     *
     * @param args the target folder
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ShippedPhotos TARGET_FOLDER");
            System.exit(2);
        }
        Path folder = Files.createDirectories(Path.of(args[0]));
        for (ShippedPhotos size : new ShippedPhotos[] {SMALL, LARGE}) {
            for (int shade = 0; shade < Photo.HAIR_SHADES; shade++) {
                Files.write(folder.resolve(size.fileName(shade)), size.encode(shade));
            }
        }
    }
}
