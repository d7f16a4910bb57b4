package org.signsnet.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.GrayPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.DefaultXYZDataset;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * matplotlib's {@code plt.imshow(a)} of a 2-D array with the step-by-step notebook's settings
 * (interpolation {@code 'nearest'}, colour map {@code 'gray'}): one grey block per element, row 0 at
 * the top, black for the smallest value and white for the largest, axes in element indices.
 * {@link #row} lays several out side by side, as {@code plt.subplots(1, n)} does.
 */
public final class Imshow {
    /** Width and height of one panel of {@link #row}. */
    public static final int PANEL = 360;

    private Imshow() {}

    /** {@code ax.set_title(title); ax.imshow(matrix)} for a 2-D array {@code (rows, columns)}. */
    public static JFreeChart of(String title, INDArray matrix) {
        long[] shape = matrix.shape();
        if (shape.length != 2) {
            throw new IllegalArgumentException("imshow needs a 2-D array, got shape " + Arrays.toString(shape));
        }
        int rows = (int) shape[0];
        int columns = (int) shape[1];
        double[][] xyz = new double[3][rows * columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                int k = i * columns + j;
                xyz[0][k] = j;
                xyz[1][k] = i;
                xyz[2][k] = matrix.getDouble(i, j);
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(title, xyz);
        double min = Arrays.stream(xyz[2]).min().orElse(0);
        double max = Arrays.stream(xyz[2]).max().orElse(0);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(new GrayPaintScale(min, max > min ? max : min + 1));
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

    /** Element indices from {@code -0.5} to {@code size - 0.5}, integer ticks; the vertical one top-down. */
    private static NumberAxis axis(int size, boolean topDown) {
        NumberAxis axis = new NumberAxis();
        axis.setRange(-0.5, size - 0.5);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setInverted(topDown);
        axis.setTickLabelFont(ChartStyle.TICK_FONT);
        return axis;
    }
}
