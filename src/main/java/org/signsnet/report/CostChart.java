package org.signsnet.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The notebook's cost plot ({@code plt.plot(np.squeeze(costs))}, title "Learning rate = ..."): the
 * notebook-style cost per epoch, and the true mean cost as a second line.
 */
public final class CostChart {
    private CostChart() {}

    /** Builds the chart; {@code meanCosts} may be empty to draw only the notebook's line. */
    public static JFreeChart create(double learningRate, List<Double> notebookCosts, List<Double> meanCosts) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        dataset.addSeries(series("cost (notebook: sum / floor(m / batch))", notebookCosts));
        if (!meanCosts.isEmpty()) {
            dataset.addSeries(series("mean cost per example", meanCosts));
        }
        JFreeChart chart = ChartFactory.createXYLineChart(
                "Learning rate = " + formatRate(learningRate),
                "epoch",
                "cost",
                dataset,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        XYPlot plot = chart.getXYPlot();
        ((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        ChartStyle.applyTo(chart);
        return chart;
    }

    /** Writes {@code cost.png}-style output to {@code target}. */
    public static void write(Path target, double learningRate, List<Double> notebookCosts, List<Double> meanCosts) {
        ChartStyle.savePng(create(learningRate, notebookCosts, meanCosts), target);
    }

    private static XYSeries series(String name, List<Double> values) {
        XYSeries series = new XYSeries(name);
        for (int i = 0; i < values.size(); i++) {
            series.add(i, values.get(i));
        }
        return series;
    }

    static String formatRate(double learningRate) {
        return BigDecimal.valueOf(learningRate).stripTrailingZeros().toPlainString();
    }
}
