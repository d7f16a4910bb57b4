package org.signsnet.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.signsnet.explain.Saliency;
import org.signsnet.image.RgbImage;

/**
 * Pictures of a {@link Saliency}: the magnitudes alone in {@link Colormap#INFERNO}, and laid over
 * the input, which is shown in dimmed grey so that the colour is the saliency's. Both are scaled
 * to the 0.99-quantile of the magnitudes ({@link #SCALE_QUANTILE}); the few pixels above it show
 * at full colour.
 */
public final class SaliencyImage {
    /** The quantile of the magnitudes that maps to the top of the colour scale. */
    public static final double SCALE_QUANTILE = 0.99;

    private SaliencyImage() {}

    /** The top of the colour scale for {@code saliency}. */
    public static float scale(Saliency saliency) {
        float q = saliency.quantile(SCALE_QUANTILE);
        return q > 0 ? q : Math.max(saliency.max(), Float.MIN_NORMAL);
    }

    /** The magnitudes in colour, one pixel per input pixel. */
    public static BufferedImage heat(Saliency saliency) {
        float scale = scale(saliency);
        BufferedImage image = new BufferedImage(saliency.width(), saliency.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < saliency.height(); y++) {
            for (int x = 0; x < saliency.width(); x++) {
                image.setRGB(x, y, Colormap.INFERNO.rgb(saliency.at(y, x) / scale));
            }
        }
        return image;
    }

    /**
     * The input in dimmed grey with the saliency's colour over it, opaque where the saliency is
     * high: one pixel per input pixel.
     */
    public static BufferedImage overlay(RgbImage input, Saliency saliency) {
        float scale = scale(saliency);
        BufferedImage image = new BufferedImage(input.width(), input.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < input.height(); y++) {
            for (int x = 0; x < input.width(); x++) {
                double grey =
                        0.35 * (0.299 * input.get(y, x, 0) + 0.587 * input.get(y, x, 1) + 0.114 * input.get(y, x, 2));
                double t = Math.min(1, saliency.at(y, x) / scale);
                double alpha = Math.sqrt(t);
                int heat = Colormap.INFERNO.rgb(t);
                image.setRGB(
                        x,
                        y,
                        blend(grey, heat >> 16 & 0xff, alpha) << 16
                                | blend(grey, heat >> 8 & 0xff, alpha) << 8
                                | blend(grey, heat & 0xff, alpha));
            }
        }
        return image;
    }

    /** The input as an image, one pixel per input pixel. */
    public static BufferedImage picture(RgbImage input) {
        BufferedImage image = new BufferedImage(input.width(), input.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < input.height(); y++) {
            for (int x = 0; x < input.width(); x++) {
                image.setRGB(
                        x,
                        y,
                        level(input.get(y, x, 0)) << 16 | level(input.get(y, x, 1)) << 8 | level(input.get(y, x, 2)));
            }
        }
        return image;
    }

    /**
     * Panels side by side, each {@code side} pixels square with a caption above it; under them an
     * optional note and, when {@code bar} is given, a colour bar from 0 to {@code barHigh}.
     */
    static BufferedImage panels(
            int side, String[] captions, BufferedImage[] pictures, String note, Colormap bar, double barHigh) {
        int gap = 24;
        int width = pictures.length * (side + gap) + gap;
        int top = 48;
        int bottom = (note == null ? 0 : 34) + (bar == null ? 0 : 30) + 16;
        BufferedImage image = Canvas.create(width, top + side + bottom);
        Graphics2D g = Canvas.graphics(image);
        for (int i = 0; i < pictures.length; i++) {
            int x = gap + i * (side + gap);
            g.setColor(Color.BLACK);
            g.setFont(ExplainStyle.SECTION_FONT);
            Canvas.centred(g, captions[i], x + side / 2, top - 14);
            g.drawImage(pictures[i], x, top, side, side, null);
            g.setColor(new Color(0xbbbbbb));
            g.drawRect(x, top, side, side);
        }
        int y = top + side;
        if (note != null) {
            g.setFont(ExplainStyle.NOTE_FONT);
            g.setColor(Color.DARK_GRAY);
            y += 28;
            Canvas.centred(g, note, width / 2, y);
        }
        if (bar != null) {
            ExplainStyle.drawScale(g, bar, width / 2 - ExplainStyle.BAR_WIDTH / 2 - 20, y + 12, 0, barHigh);
        }
        g.dispose();
        return image;
    }

    private static int blend(double base, int over, double alpha) {
        return (int) Math.round(Math.max(0, Math.min(255, base * (1 - alpha) + over * alpha)));
    }

    private static int level(float sample) {
        return Math.max(0, Math.min(255, Math.round(sample)));
    }
}
