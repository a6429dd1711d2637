package dev.mynumber.sim.files;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Renders text (name, address, digits) as 1-bit PNG images, as the visual AP stores them (spec §5.4).
 *
 * <p>Japanese text needs a CJK font: IPAGothic (Debian {@code fonts-ipafont-gothic}) when installed, else
 * any installed font that can display the text; with none, rendering fails loudly rather than drawing boxes.
 */
public final class TextImages {
    /** The preferred font family. */
    public static final String PREFERRED_FONT = "IPAGothic";
    private static final int MIN_FONT_SIZE = 8;

    private TextImages() {
    }

    /**
     * Renders text in a black-on-white 1-bit image of the given size, wrapping onto more lines as needed.
     *
     * @throws IllegalStateException if no installed font can display the text
     */
    public static byte[] png(String text, int width, int height, int fontSize) {
        Font base = fontFor(text);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            List<String> lines = fit(g, base, text, width, height, fontSize);
            FontMetrics metrics = g.getFontMetrics();
            int y = metrics.getAscent();
            for (String line : lines) {
                g.drawString(line, 0, y);
                y += metrics.getHeight();
            }
        } finally {
            g.dispose();
        }
        return encode(image);
    }

    /** Finds a font able to display the text: IPAGothic first, then any installed font. */
    static Font fontFor(String text) {
        Font preferred = new Font(PREFERRED_FONT, Font.PLAIN, 12);
        if (PREFERRED_FONT.equals(preferred.getFamily()) && preferred.canDisplayUpTo(text) < 0) {
            return preferred;
        }
        for (Font candidate : GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts()) {
            if (candidate.canDisplayUpTo(text) < 0) {
                return candidate;
            }
        }
        throw new IllegalStateException("no installed font can display the card text; install "
                + "fonts-ipafont-gothic (IPAGothic)");
    }

    /** Shrinks the font until the wrapped text fits the image height (long foreign names); sets it on g. */
    private static List<String> fit(Graphics2D g, Font base, String text, int width, int height, int maxSize) {
        for (int size = maxSize;; size--) {
            g.setFont(base.deriveFont(Font.PLAIN, size));
            FontMetrics metrics = g.getFontMetrics();
            List<String> lines = wrap(text, metrics, width);
            if (size <= MIN_FONT_SIZE || lines.size() * metrics.getHeight() <= height) {
                return lines;
            }
        }
    }

    /** Breaks text into lines that fit the width, at a space when the line has one (alphabetic names). */
    private static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        String rest = text;
        while (metrics.stringWidth(rest) > width) {
            int end = 1;
            while (end < rest.length() && metrics.stringWidth(rest.substring(0, end + 1)) <= width) {
                end++;
            }
            int space = rest.lastIndexOf(' ', end);
            int cut = space > 0 ? space : end;
            if (Character.isHighSurrogate(rest.charAt(cut - 1))) {
                cut++;
            }
            lines.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        lines.add(rest);
        return lines;
    }

    static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
