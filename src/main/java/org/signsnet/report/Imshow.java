package org.signsnet.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.GrayPaintScale;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.DefaultXYZDataset;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * matplotlib's {@code plt.imshow(a)} with the notebooks' settings (interpolation {@code 'nearest'},
 * colour map {@code 'gray'}): one block per element, row 0 at the top, axes in element indices with
 * integer ticks. A 2-D array is drawn grey, black for the smallest value and white for the largest;
 * an image {@code (n_H, n_W, 3)} with values in [0, 1] (the notebooks' {@code X / 255.}) in its own
 * colours. {@link #row} lays several out side by side, as {@code plt.subplots(1, n)} does, and
 * {@link #picture} draws one alone.
 */
public final class Imshow {
    /** Width and height of one panel of {@link #row}. */
    public static final int PANEL = 360;
    /** The most steps between ticks on an axis. */
    static final int MAX_TICK_STEPS = 7;

    private Imshow() {}

    /**
     * {@code ax.set_title(title); ax.imshow(array)} for a 2-D array {@code (rows, columns)} or an
     * image {@code (rows, columns, 3)}; {@code title} may be null (no title).
     */
    public static JFreeChart of(String title, INDArray array) {
        long[] shape = array.shape();
        boolean rgb = shape.length == 3 && shape[2] == 3;
        if (shape.length != 2 && !rgb) {
            throw new IllegalArgumentException(
                    "imshow needs a 2-D array or an image (n_H, n_W, 3), got shape " + Arrays.toString(shape));
        }
        int rows = (int) shape[0];
        int columns = (int) shape[1];
        BufferedImage pixels = rgb ? Picture.of(array) : null;
        double[][] xyz = new double[3][rows * columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                int k = i * columns + j;
                xyz[0][k] = j;
                xyz[1][k] = i;
                xyz[2][k] = rgb ? pixels.getRGB(j, i) & 0xFFFFFF : array.getDouble(i, j);
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(title == null ? "" : title, xyz);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(rgb ? new RgbPaintScale() : grayScale(xyz[2]));
        XYPlot plot = new XYPlot(dataset, axis(columns, false), axis(rows, true), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(title, ChartStyle.LABEL_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(false); // no seams between the blocks
        chart.setTextAntiAlias(true);
        return chart;
    }

    /** {@code plt.imshow(array)} alone in a figure: {@link #of} without a title, {@value #PANEL} pixels square. */
    public static BufferedImage picture(INDArray array) {
        return row(of(null, array));
    }

    /** The charts side by side in one picture, each {@value #PANEL} pixels square. */
    public static BufferedImage row(JFreeChart... charts) {
        BufferedImage image = Canvas.create(PANEL * Math.max(1, charts.length), PANEL);
        Graphics2D g = Canvas.graphics(image);
        for (int i = 0; i < charts.length; i++) {
            charts[i].draw(g, new Rectangle2D.Double(i * PANEL, 0, PANEL, PANEL));
        }
        g.dispose();
        return image;
    }

    /** Black for the smallest value, white for the largest. */
    private static PaintScale grayScale(double[] values) {
        double min = Arrays.stream(values).min().orElse(0);
        double max = Arrays.stream(values).max().orElse(0);
        return new GrayPaintScale(min, max > min ? max : min + 1);
    }

    /** Paints each block in the colour its value holds as {@code 0xRRGGBB}. */
    private static final class RgbPaintScale implements PaintScale {
        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return 0xFFFFFF;
        }

        @Override
        public Paint getPaint(double value) {
            return new Color((int) value);
        }
    }

    /**
     * Element indices from {@code -0.5} to {@code size - 0.5}; the vertical one top-down. Ticks as
     * matplotlib places them: a round step (1, 2, 5, 10, 20, ...) that gives at most
     * {@value #MAX_TICK_STEPS} steps, so 0 to 60 by 10 for a 64-pixel image.
     */
    private static NumberAxis axis(int size, boolean topDown) {
        NumberAxis axis = new NumberAxis();
        axis.setRange(-0.5, size - 0.5);
        axis.setTickUnit(new NumberTickUnit(tickStep(size)));
        axis.setInverted(topDown);
        axis.setTickLabelFont(ChartStyle.TICK_FONT);
        return axis;
    }

    /** The smallest of 1, 2, 5, 10, 20, 50, ... that cuts {@code size} into at most {@value #MAX_TICK_STEPS} steps. */
    static int tickStep(int size) {
        int decade = 1;
        while (true) {
            for (int step : new int[] {decade, 2 * decade, 5 * decade}) {
                if (size <= MAX_TICK_STEPS * step) {
                    return step;
                }
            }
            decade *= 10;
        }
    }
}
