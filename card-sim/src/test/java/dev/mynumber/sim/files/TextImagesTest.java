package dev.mynumber.sim.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class TextImagesTest {

    static int blackPixels(BufferedImage image, int fromRow, int toRow) {
        int count = 0;
        for (int y = fromRow; y < toRow; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                count += (image.getRGB(x, y) & 0xFFFFFF) == 0 ? 1 : 0;
            }
        }
        return count;
    }

    @Test
    void rendersJapaneseTextAsOneBitPng() throws Exception {
        byte[] png = TextImages.png("試験　太郎", 480, 40, 28);
        assertEquals("89504e47", java.util.HexFormat.of().formatHex(png, 0, 4));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(480, image.getWidth());
        assertEquals(40, image.getHeight());
        assertEquals(1, image.getColorModel().getPixelSize());
        assertTrue(blackPixels(image, 0, 40) > 100, "text was drawn");
        assertTrue(TextImages.fontFor("試験").canDisplayUpTo("試験　太郎") < 0);
    }

    @Test
    void longTextWrapsOntoASecondLine() throws Exception {
        String longName = "TESTPERSON JOHNATHAN ALEXANDER MAXIMILIAN EXAMPLE WILLIAMSON";
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(TextImages.png(longName, 300, 80, 24)));
        assertTrue(blackPixels(image, 0, 30) > 50);
        assertTrue(blackPixels(image, 40, 80) > 50, "second line drawn");
    }
}
