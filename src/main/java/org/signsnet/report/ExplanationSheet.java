package org.signsnet.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.signsnet.explain.Explanation;
import org.signsnet.explain.FeatureMaps;
import org.signsnet.predict.Prediction;

/**
 * The pictures of {@code signsnet explain} for one image: each piece on its own, and the combined
 * sheet {@code explain-NAME.png} (headline, what the network sees with the saliency and the top-3
 * chart, then every feature-map stage) that reads well in a report.
 */
public final class ExplanationSheet {
    /** Side of the enlarged 64 x 64 pictures (4 screen pixels per input pixel). */
    static final int PICTURE = 256;

    static final int TOP_K = 3;
    private static final int CHART_WIDTH = 520;
    private static final int MARGIN = 24;

    private ExplanationSheet() {}

    /** The input the network receives, enlarged. */
    public static BufferedImage input(Explanation e) {
        return SaliencyImage.panels(
                PICTURE,
                new String[] {"Network input"},
                new BufferedImage[] {SaliencyImage.picture(e.input())},
                String.format(
                        Locale.ROOT,
                        "%d×%d pixels",
                        e.input().width(),
                        e.input().height()),
                null,
                0);
    }

    /** The saliency over the input and on its own, with its scale. */
    public static BufferedImage saliency(Explanation e) {
        int k = e.saliency().targetClass();
        return SaliencyImage.panels(
                PICTURE,
                new String[] {"Saliency over the input", "Saliency |∂z" + subscript(k) + "/∂x|"},
                new BufferedImage[] {SaliencyImage.overlay(e.input(), e.saliency()), SaliencyImage.heat(e.saliency())},
                "gradient of class " + k + "'s logit, largest over R, G, B",
                Colormap.INFERNO,
                SaliencyImage.scale(e.saliency()));
    }

    /** The top-3 bar chart. */
    public static BufferedImage topClasses(Explanation e) {
        return TopClassesChart.draw(e.prediction(), TOP_K, CHART_WIDTH, 320);
    }

    /** The stage's feature maps. */
    public static BufferedImage stage(FeatureMaps maps) {
        return FeatureMapImage.draw(maps);
    }

    /** Everything on one sheet; {@code model} names the model in the headline's second line. */
    public static BufferedImage combined(Explanation e, String model) {
        List<BufferedImage> rows = new ArrayList<>();
        rows.add(firstRow(e));
        for (FeatureMaps maps : e.stages()) {
            rows.add(stage(maps));
        }
        int width = rows.stream().mapToInt(BufferedImage::getWidth).max().orElse(800) + 2 * MARGIN;
        int headline = 100;
        int height =
                headline + rows.stream().mapToInt(r -> r.getHeight() + MARGIN).sum() + MARGIN;
        BufferedImage sheet = Canvas.create(width, height);
        Graphics2D g = Canvas.graphics(sheet);
        drawHeadline(g, e, model, width);
        int y = headline;
        for (BufferedImage row : rows) {
            g.setColor(new Color(0xe4e4e4));
            g.drawLine(MARGIN, y - MARGIN / 2, width - MARGIN, y - MARGIN / 2);
            g.drawImage(row, (width - row.getWidth()) / 2, y, null);
            y += row.getHeight() + MARGIN;
        }
        g.dispose();
        return sheet;
    }

    private static BufferedImage firstRow(Explanation e) {
        BufferedImage input = input(e);
        BufferedImage saliency = saliency(e);
        BufferedImage chart = topClasses(e);
        int height = Math.max(input.getHeight(), Math.max(saliency.getHeight(), chart.getHeight()));
        BufferedImage row = Canvas.create(input.getWidth() + saliency.getWidth() + chart.getWidth(), height);
        Graphics2D g = Canvas.graphics(row);
        g.drawImage(input, 0, 0, null);
        g.drawImage(saliency, input.getWidth(), 0, null);
        g.drawImage(chart, input.getWidth() + saliency.getWidth(), (height - chart.getHeight()) / 2, null);
        g.dispose();
        return row;
    }

    private static void drawHeadline(Graphics2D g, Explanation e, String model, int width) {
        Prediction p = e.prediction();
        g.setColor(Color.BLACK);
        g.setFont(ExplainStyle.HEADLINE_FONT);
        Canvas.centred(
                g,
                String.format(
                        Locale.ROOT,
                        "%s: %s (%.1f%%)",
                        fileName(e.image()),
                        TopClassesChart.label(p, p.predicted()),
                        100 * p.probability(p.predicted())),
                width / 2,
                46);
        g.setFont(ExplainStyle.NOTE_FONT);
        g.setColor(Color.DARK_GRAY);
        Canvas.centred(g, "what the network sees · model " + model, width / 2, 78);
    }

    /** The last element of a path or upload name. */
    static String fileName(String image) {
        int slash = Math.max(image.lastIndexOf('/'), image.lastIndexOf('\\'));
        return image.substring(slash + 1);
    }

    private static String subscript(int k) {
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(k).toCharArray()) {
            s.append((char) ('₀' + (c - '0')));
        }
        return s.toString();
    }
}
