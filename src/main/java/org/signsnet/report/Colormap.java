package org.signsnet.report;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.util.Locale;

/**
 * Perceptually uniform colour maps (matplotlib's, sampled at 11 stops and interpolated linearly):
 * {@link #VIRIDIS} for feature maps (dark blue = 0, yellow = the stage's largest activation), and
 * {@link #INFERNO} for saliency (black = no influence, pale yellow = most).
 */
public enum Colormap {
    VIRIDIS(
            0x440154, 0x482475, 0x414487, 0x355f8d, 0x2a788e, 0x21918c, 0x22a884, 0x44bf70, 0x7ad151, 0xbddf26,
            0xfde725),
    INFERNO(
            0x000004, 0x160b39, 0x420a68, 0x6a176e, 0x932667, 0xbc3754, 0xdd513a, 0xf37819, 0xfca50a, 0xf6d746,
            0xfcffa4);

    private final int[] stops;

    Colormap(int... stops) {
        this.stops = stops;
    }

    /** The colour of {@code t} in [0, 1] (clamped; NaN is 0) as packed RGB. */
    public int rgb(double t) {
        double clamped = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        double position = clamped * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) Math.floor(position));
        double f = position - i;
        int a = stops[i];
        int b = stops[i + 1];
        return mix(a >> 16 & 0xff, b >> 16 & 0xff, f) << 16
                | mix(a >> 8 & 0xff, b >> 8 & 0xff, f) << 8
                | mix(a & 0xff, b & 0xff, f);
    }

    /** The stops as CSS colours, for the web page's colour bars. */
    public String[] cssStops() {
        String[] css = new String[stops.length];
        for (int i = 0; i < stops.length; i++) {
            css[i] = String.format(Locale.ROOT, "#%06x", stops[i]);
        }
        return css;
    }

    /** A horizontal colour bar from 0 (left) to 1 (right) in the box (x, y, w, h), outlined grey. */
    void drawBar(Graphics2D g, int x, int y, int w, int h) {
        int segments = stops.length - 1;
        for (int s = 0; s < segments; s++) {
            int x0 = x + s * w / segments;
            int x1 = x + (s + 1) * w / segments;
            g.setPaint(new GradientPaint(x0, 0, new Color(stops[s]), x1, 0, new Color(stops[s + 1])));
            g.fillRect(x0, y, x1 - x0, h);
        }
        g.setColor(Color.GRAY);
        g.drawRect(x, y, w, h);
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
