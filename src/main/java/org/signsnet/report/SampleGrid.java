package org.signsnet.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.signsnet.data.SignsDataset;

/**
 * {@code samples.png}: the first test images, each enlarged twice, captioned with the predicted
 * and the true class; mistakes get a red frame and a red caption.
 */
public final class SampleGrid {
    /** How many images the grid shows (or all, if fewer). */
    public static final int COUNT = 24;

    private static final int COLUMNS = 8;
    private static final int TILE = 128;
    private static final int GAP = 32;
    private static final int CAPTION = 34;
    private static final int TOP = 80;
    private static final Color RED = new Color(0xd62728);

    private SampleGrid() {}

    /** The grid for {@code data}'s first images and their {@code predicted} classes. */
    public static BufferedImage draw(SignsDataset data, int[] predicted) {
        int count = Math.min(COUNT, data.size());
        int rows = (count + COLUMNS - 1) / COLUMNS;
        BufferedImage image = Canvas.create(GAP + COLUMNS * (TILE + GAP), TOP + rows * (TILE + CAPTION + GAP));
        Graphics2D g = Canvas.graphics(image);
        int[] labels = data.labels();
        int wrong = 0;
        for (int i = 0; i < count; i++) {
            int x = GAP + (i % COLUMNS) * (TILE + GAP);
            int y = TOP + (i / COLUMNS) * (TILE + CAPTION + GAP);
            boolean mistake = predicted[i] != labels[i];
            wrong += mistake ? 1 : 0;
            drawTile(g, data.images(), i, x, y, mistake);
            g.setColor(mistake ? RED : Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, mistake ? Font.BOLD : Font.PLAIN, 16));
            Canvas.centred(
                    g,
                    Canvas.fit(
                            g,
                            String.format(
                                    Locale.ROOT,
                                    "pred %s / true %s",
                                    data.classNames().name(predicted[i]),
                                    data.classNames().name(labels[i])),
                            TILE + GAP - 4),
                    x + TILE / 2,
                    y + TILE + 26);
        }
        g.setColor(Color.BLACK);
        g.setFont(ChartStyle.TITLE_FONT);
        Canvas.centred(
                g,
                String.format(Locale.ROOT, "First %d test images: %d misclassified (in red)", count, wrong),
                image.getWidth() / 2,
                50);
        g.dispose();
        return image;
    }

    public static void write(Path target, SignsDataset data, int[] predicted) {
        Canvas.savePng(draw(data, predicted), target);
    }

    private static void drawTile(Graphics2D g, INDArray images, int index, int x, int y, boolean mistake) {
        BufferedImage tile = Picture.of(images.slice(index));
        g.drawImage(tile, x, y, TILE, TILE, null);
        if (mistake) {
            g.setColor(RED);
            g.setStroke(new BasicStroke(6f));
            g.drawRect(x - 3, y - 3, TILE + 6, TILE + 6);
        }
    }
}
