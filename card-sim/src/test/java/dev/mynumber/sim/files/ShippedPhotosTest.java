package dev.mynumber.sim.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The shipped photos are what the drawing encodes to today (so they are never stale) and decode. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ShippedPhotosTest {
    @Test
    void shippedSmallPhotosEqualAFreshEncodingOfEveryShade() throws Exception {
        check(ShippedPhotos.SMALL, Photo.WIDTH, Photo.HEIGHT);
    }

    @Test
    void shippedLargePhotosEqualAFreshEncodingOfEveryShade() throws Exception {
        check(ShippedPhotos.LARGE, LargePhoto.WIDTH, LargePhoto.HEIGHT);
    }

    @Test
    void aPersonasVariantPicksItsShade() {
        assertArrayEquals(ShippedPhotos.SMALL.encode(3), Photo.jp2(-2));
        assertArrayEquals(ShippedPhotos.LARGE.encode(1), LargePhoto.jp2(11));
    }

    private static void check(ShippedPhotos size, int width, int height) throws Exception {
        for (int shade = 0; shade < Photo.HAIR_SHADES; shade++) {
            int s = shade;
            byte[] shipped = size.shipped(shade).orElseThrow(
                    () -> new AssertionError("run ShippedPhotos to write " + size.fileName(s) + " (see its javadoc)"));
            assertArrayEquals(size.encode(shade), shipped, size.fileName(shade) + " is stale");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(shipped));
            assertEquals(width, image.getWidth());
            assertEquals(height, image.getHeight());
        }
    }
}
