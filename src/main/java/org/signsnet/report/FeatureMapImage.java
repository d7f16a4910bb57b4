package org.signsnet.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Locale;
import org.signsnet.explain.FeatureMaps;

/**
 * Pictures of a stage's feature maps: every map as a tile coloured with {@link Colormap#VIRIDIS}
 * on its own scale, from 0 (or its smallest value, when negative) to its largest activation, which
 * is printed under the tile. Each tile thus shows where its filter responds, however weakly; the
 * printed maximum tells the strong filters from the weak ones (a map that is 0 everywhere is a
 * filter that does not respond to this image at all).
 */
public final class FeatureMapImage {
    /** Width the grid is laid out to fit. */
    static final int MAX_WIDTH = 1320;

    private static final int GAP = 14;
    private static final int LABEL = 36;
    private static final int HEADER = 86;
    private static final Font MAP_LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    private FeatureMapImage() {}

    /** The lower end of map {@code c}'s colour scale: 0, or its smallest activation when negative. */
    public static float low(FeatureMaps maps, int c) {
        return Math.min(0f, maps.min(c));
    }

    /** The upper end of map {@code c}'s colour scale: its largest activation (above the low end). */
    public static float high(FeatureMaps maps, int c) {
        return Math.max(maps.max(c), low(maps, c) + 1e-6f);
    }

    /** Map {@code c} at its own resolution (one pixel per activation), on its own scale. */
    public static BufferedImage tile(FeatureMaps maps, int c) {
        float low = low(maps, c);
        float span = high(maps, c) - low;
        BufferedImage tile = new BufferedImage(maps.width(), maps.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < maps.height(); y++) {
            for (int x = 0; x < maps.width(); x++) {
                tile.setRGB(x, y, Colormap.VIRIDIS.rgb((maps.value(y, x, c) - low) / span));
            }
        }
        return tile;
    }

    /** The stage as a titled grid of enlarged tiles with its colour bar. */
    public static BufferedImage draw(FeatureMaps maps) {
        int side = tileSide(maps);
        int columns = columns(maps.channels(), side);
        int rows = (maps.channels() + columns - 1) / columns;
        int gridWidth = columns * (side + GAP) - GAP;
        int width = Math.max(gridWidth + 2 * GAP, 760);
        BufferedImage image = Canvas.create(width, HEADER + rows * (side + LABEL + GAP) + GAP);
        Graphics2D g = Canvas.graphics(image);
        drawHeader(g, maps, width);
        int left = (width - gridWidth) / 2;
        for (int c = 0; c < maps.channels(); c++) {
            int x = left + (c % columns) * (side + GAP);
            int y = HEADER + (c / columns) * (side + LABEL + GAP);
            g.drawImage(tile(maps, c), x, y, side, side, null);
            g.setColor(new Color(0xbbbbbb));
            g.drawRect(x, y, side, side);
            g.setColor(Color.DARK_GRAY);
            g.setFont(MAP_LABEL_FONT);
            Canvas.centred(g, Integer.toString(c + 1), x + side / 2, y + side + 16);
            g.setColor(Color.GRAY);
            Canvas.centred(g, ExplainStyle.number(maps.max(c)), x + side / 2, y + side + 32);
        }
        g.dispose();
        return image;
    }

    private static void drawHeader(Graphics2D g, FeatureMaps maps, int width) {
        g.setColor(Color.BLACK);
        g.setFont(ExplainStyle.SECTION_FONT);
        g.drawString(ExplainStyle.pretty(maps.title()), GAP, 32);
        g.setFont(ExplainStyle.NOTE_FONT);
        g.setColor(Color.DARK_GRAY);
        String note = String.format(
                Locale.ROOT,
                "%d maps of %d×%d, each coloured from 0 to its own maximum:",
                maps.channels(),
                maps.height(),
                maps.width());
        g.drawString(note, GAP, 62);
        ExplainStyle.drawScale(g, Colormap.VIRIDIS, GAP + g.getFontMetrics().stringWidth(note) + 16, 48, "0", "max");
    }

    /** Tiles of 128 pixels for large maps, 96 for 8 x 8 ones, 64 for tiny maps or many of them. */
    static int tileSide(FeatureMaps maps) {
        int size = Math.max(maps.height(), maps.width());
        if (maps.channels() > 32 || size <= 4) {
            return 64;
        }
        return size <= 8 ? 96 : 128;
    }

    /** The largest divisor of {@code count} whose row of tiles fits {@link #MAX_WIDTH}. */
    static int columns(int count, int side) {
        int fit = Math.max(1, (MAX_WIDTH + GAP) / (side + GAP));
        for (int columns = Math.min(count, fit); columns > 1; columns--) {
            if (count % columns == 0) {
                return columns;
            }
        }
        return Math.min(count, fit);
    }
}
