package org.signsnet.report;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code comparison.png}: the mean training cost (top) and the test accuracy (bottom) per epoch of
 * several runs, one colour per run, on a shared epoch axis.
 */
public final class ComparisonChart {
    /**
     * One run's curves.
     *
     * @param name           legend name, e.g. the preset
     * @param costs          mean cost per epoch
     * @param accuracyEpochs the 0-based epochs after which the test accuracies were measured
     * @param testAccuracies test accuracy after each of {@code accuracyEpochs}
     */
    public record Curves(String name, List<Double> costs, List<Integer> accuracyEpochs, List<Double> testAccuracies) {
        public Curves {
            costs = List.copyOf(costs);
            accuracyEpochs = List.copyOf(accuracyEpochs);
            testAccuracies = List.copyOf(testAccuracies);
            if (accuracyEpochs.size() != testAccuracies.size()) {
                throw new IllegalArgumentException(
                        accuracyEpochs.size() + " epochs for " + testAccuracies.size() + " accuracies");
            }
        }

        /**
         * Test accuracies of the last epochs: one per epoch, or fewer (a model loaded without an
         * accuracy history has only its final accuracy, drawn at the last epoch).
         */
        public Curves(String name, List<Double> costs, List<Double> testAccuracies) {
            this(name, costs, lastEpochs(costs.size(), testAccuracies.size()), testAccuracies);
        }

        private static List<Integer> lastEpochs(int epochs, int count) {
            int first = Math.max(0, epochs - count);
            return IntStream.range(first, first + count).boxed().toList();
        }
    }

    private ComparisonChart() {}

    public static JFreeChart create(List<Curves> runs) {
        XYSeriesCollection costs = new XYSeriesCollection();
        XYSeriesCollection accuracies = new XYSeriesCollection();
        for (Curves run : runs) {
            XYSeries cost = new XYSeries(run.name() + " cost");
            for (int e = 0; e < run.costs().size(); e++) {
                cost.add(e, run.costs().get(e));
            }
            costs.addSeries(cost);
            XYSeries accuracy = new XYSeries(run.name() + " test accuracy");
            for (int i = 0; i < run.testAccuracies().size(); i++) {
                accuracy.add(run.accuracyEpochs().get(i), run.testAccuracies().get(i));
            }
            accuracies.addSeries(accuracy);
        }
        NumberAxis epochAxis = new NumberAxis("epoch");
        epochAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(epochAxis);
        plot.add(subplot(costs, "mean cost", false), 1);
        plot.add(subplot(accuracies, "test accuracy", true), 1);
        JFreeChart chart = new JFreeChart("Notebook vs improved ConvNet", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.applyTo(chart);
        return chart;
    }

    /** Writes the chart to {@code target} atomically. */
    public static void write(Path target, List<Curves> runs) {
        ChartStyle.savePng(create(runs), target);
    }

    private static XYPlot subplot(XYSeriesCollection data, String label, boolean accuracy) {
        NumberAxis axis = new NumberAxis(label);
        if (accuracy) {
            axis.setRange(0, 1.0);
        } else {
            axis.setAutoRangeIncludesZero(true);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            // a single point (loaded model) needs a marker to be visible
            renderer.setSeriesShapesVisible(i, data.getSeries(i).getItemCount() == 1);
        }
        return new XYPlot(data, null, axis, renderer);
    }
}
