package dev.mynumber.agent.usecase;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynumber.agent.image.ImageTranscoder;
import dev.mynumber.agent.image.PngImage;
import dev.mynumber.apdu.ApduException;
import dev.mynumber.apdu.ErrorCode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;

/** JPEG 2000 to PNG with the jai-imageio codec; malformed images give MALFORMED_CARD_DATA. */
class ImageTranscoderTest {
    /** A greyscale test pattern encoded as JP2 by the codec's own writer (lossless by default). */
    static byte[] jp2(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.getRaster().setSample(x, y, 0, (x * 2 + y) & 0xFF);
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg2000").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(image);
        }
        return out.toByteArray();
    }

    @Test
    void aJp2PhotoBecomesAPngWithTheSameDimensionsAndPixels() throws Exception {
        byte[] jp2 = jp2(90, 120);
        assertArrayEquals(new byte[] {0, 0, 0, 0x0C, 0x6A, 0x50, 0x20, 0x20}, Arrays.copyOf(jp2, 8), "JP2 box");

        PngImage png = ImageTranscoder.toPng(jp2, "face photo");

        assertTrue(ImageTranscoder.isPng(png.png()));
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png.png()));
        assertEquals(90, decoded.getWidth());
        assertEquals(120, decoded.getHeight());
        assertEquals(90, png.width());
        assertEquals(120, png.height());
        assertEquals((10 * 2 + 20) & 0xFF, decoded.getRaster().getSample(10, 20, 0));
    }

    @Test
    void pngPassesThroughUnchanged() throws Exception {
        byte[] png = ImageTranscoder.toPng(jp2(8, 8), "x").png();
        assertArrayEquals(png, ImageTranscoder.pngBytes(png, "name image"));
    }

    @Test
    void truncatedOrForeignBytesAreMalformedCardData() throws Exception {
        byte[] jp2 = jp2(64, 64);
        for (byte[] bad : new byte[][] {Arrays.copyOf(jp2, 60), Arrays.copyOf(jp2, jp2.length / 2),
            "not an image".getBytes(), new byte[0]}) {
            ApduException e = assertThrows(ApduException.class, () -> ImageTranscoder.toPng(bad, "face photo"));
            assertEquals(ErrorCode.MALFORMED_CARD_DATA, e.code());
            assertTrue(e.getMessage().startsWith("face photo:"), e.getMessage());
        }
    }
}
