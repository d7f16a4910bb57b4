package org.signsnet.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.util.Locale;

/** Fonts and small drawing pieces shared by the {@code explain} pictures. */
final class ExplainStyle {
    static final Font HEADLINE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 30);
    static final Font SECTION_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 22);
    static final Font NOTE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 17);
    private static final Font SCALE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    static final int BAR_WIDTH = 220;
    static final int BAR_HEIGHT = 16;

    private ExplainStyle() {}

    /** Layer descriptions with typographic arrows and multiplication signs: "conv 4×4 → ReLU". */
    static String pretty(String text) {
        return text.replace(" -> ", " → ").replaceAll("(\\d)x(\\d)", "$1×$2");
    }

    /** A colour bar at (x, y) labelled with {@code low} on its left and {@code high} on its right end. */
    static void drawScale(Graphics2D g, Colormap map, int x, int y, double low, double high) {
        drawScale(g, map, x, y, number(low), number(high));
    }

    /** A colour bar at (x, y) with the labels {@code lowText} and {@code highText} at its ends. */
    static void drawScale(Graphics2D g, Colormap map, int x, int y, String lowText, String highText) {
        g.setFont(SCALE_FONT);
        g.setColor(Color.DARK_GRAY);
        int lowWidth = g.getFontMetrics().stringWidth(lowText);
        g.drawString(lowText, x, y + BAR_HEIGHT - 2);
        map.drawBar(g, x + lowWidth + 8, y, BAR_WIDTH, BAR_HEIGHT);
        g.setColor(Color.DARK_GRAY);
        g.drawString(highText, x + lowWidth + 16 + BAR_WIDTH, y + BAR_HEIGHT - 2);
    }

    /** Three significant digits, no exponent for the usual range. */
    static String number(double value) {
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 0.01 && magnitude < 1000) {
            return String.format(Locale.ROOT, magnitude >= 100 ? "%.0f" : magnitude >= 10 ? "%.1f" : "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.2g", value);
    }
}
