package org.signsnet.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.signsnet.training.SplitEvaluation;

/**
 * {@code confusion.png}: the test set's confusion matrix as a heat map, true class down the
 * rows, predicted class across the columns, the count written in every cell (white on dark cells),
 * shaded by the fraction of the row (so each class is judged by its own recall).
 */
public final class ConfusionImage {
    private static final int CELL = 90;
    private static final int LEFT = 170;
    private static final int TOP = 130;
    private static final Color DARK = new Color(0x08306b);

    private ConfusionImage() {}

    public static BufferedImage draw(SplitEvaluation e) {
        int n = e.classes();
        BufferedImage image = Canvas.create(LEFT + n * CELL + 60, TOP + n * CELL + 110);
        Graphics2D g = Canvas.graphics(image);
        g.setColor(Color.BLACK);
        g.setFont(ChartStyle.TITLE_FONT);
        Canvas.centred(
                g,
                String.format(Locale.ROOT, "Confusion matrix, %s set (accuracy %.1f%%)", e.split(), 100 * e.accuracy()),
                image.getWidth() / 2,
                45);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                drawCell(g, e, r, c);
            }
        }
        drawLabels(g, e.labels(), image.getHeight());
        g.dispose();
        return image;
    }

    public static void write(Path target, SplitEvaluation e) {
        Canvas.savePng(draw(e), target);
    }

    private static void drawCell(Graphics2D g, SplitEvaluation e, int r, int c) {
        int support = Math.max(1, e.support(r));
        double share = (double) e.confusion()[r][c] / support;
        int x = LEFT + c * CELL;
        int y = TOP + r * CELL;
        g.setColor(shade(share));
        g.fillRect(x, y, CELL, CELL);
        g.setColor(new Color(0xcccccc));
        g.setStroke(new BasicStroke(1f));
        g.drawRect(x, y, CELL, CELL);
        g.setColor(share > 0.5 ? Color.WHITE : Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, r == c ? Font.BOLD : Font.PLAIN, 26));
        Canvas.centredIn(g, Integer.toString(e.confusion()[r][c]), x, y, CELL, CELL);
    }

    /** White for 0, the dark blue for 1, linear in between. */
    static Color shade(double share) {
        double t = Math.max(0, Math.min(1, share));
        return new Color(
                (int) Math.round(255 + t * (DARK.getRed() - 255)),
                (int) Math.round(255 + t * (DARK.getGreen() - 255)),
                (int) Math.round(255 + t * (DARK.getBlue() - 255)));
    }

    private static void drawLabels(Graphics2D g, List<String> labels, int height) {
        int n = labels.size();
        g.setColor(Color.BLACK);
        g.setFont(ChartStyle.TICK_FONT.deriveFont(20f));
        for (int i = 0; i < n; i++) {
            String label = Canvas.fit(g, labels.get(i), CELL - 4);
            Canvas.centredIn(g, label, LEFT + i * CELL, TOP - 40, CELL, 40);
            Canvas.centredIn(g, Canvas.fit(g, labels.get(i), 60), LEFT - 60, TOP + i * CELL, 60, CELL);
        }
        g.setFont(ChartStyle.LABEL_FONT);
        Canvas.centred(g, "predicted class", LEFT + n * CELL / 2, TOP + n * CELL + 45);
        Canvas.centred(g, "(shading: share of the true class's images)", LEFT + n * CELL / 2, height - 25);
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2);
        Canvas.centred(g, "true class", -(TOP + n * CELL / 2), LEFT - 75);
        g.setTransform(saved);
    }
}
