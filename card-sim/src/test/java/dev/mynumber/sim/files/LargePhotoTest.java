package dev.mynumber.sim.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The shipped large photos are what the drawing encodes to today (so they are never stale) and decode. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LargePhotoTest {
    @Test
    void shippedPhotosEqualAFreshEncodingOfEveryShade() throws Exception {
        for (int shade = 0; shade < Photo.HAIR_SHADES; shade++) {
            byte[] shipped = LargePhoto.shipped(shade).orElseThrow(
                    () -> new AssertionError("run LargePhoto to write the resources (see its javadoc)"));
            assertArrayEquals(LargePhoto.encode(shade), shipped, "large-photo-" + shade + ".jp2 is stale");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(shipped));
            assertEquals(LargePhoto.WIDTH, image.getWidth());
            assertEquals(LargePhoto.HEIGHT, image.getHeight());
        }
    }
}
