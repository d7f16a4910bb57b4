package org.signsnet.report;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.signsnet.io.AtomicFiles;

/** Java2D drawing helpers shared by the image-grid reports: a white antialiased canvas, centred text, PNG output. */
final class Canvas {
    private Canvas() {}

    /** A white RGB image of the given size and its antialiased graphics. */
    static BufferedImage create(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    /** Graphics with text and shape antialiasing on. */
    static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        return g;
    }

    /** Draws {@code text} centred horizontally on {@code centerX}, with its baseline at {@code baseline}. */
    static void centred(Graphics2D g, String text, int centerX, int baseline) {
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(text, centerX - metrics.stringWidth(text) / 2, baseline);
    }

    /** Draws {@code text} centred in the box (x, y, w, h). */
    static void centredIn(Graphics2D g, String text, int x, int y, int w, int h) {
        FontMetrics metrics = g.getFontMetrics();
        int baseline = y + (h - metrics.getHeight()) / 2 + metrics.getAscent();
        g.drawString(text, x + (w - metrics.stringWidth(text)) / 2, baseline);
    }

    /** {@code text}, cut and ended with "…" where it is wider than {@code width} pixels in {@code g}'s font. */
    static String fit(Graphics2D g, String text, int width) {
        FontMetrics metrics = g.getFontMetrics();
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && metrics.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    /** Saves {@code image} as a PNG at {@code target}, atomically. */
    static void savePng(BufferedImage image, Path target) {
        AtomicFiles.write(target, tmp -> {
            if (!ImageIO.write(image, "png", tmp.toFile())) {
                throw new IOException("no PNG writer available");
            }
        });
    }
}
