package org.signsnet.report;

import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.signsnet.training.AccuracyHistory;

/** {@code accuracy.png}: train and test accuracy (in %) after each measured epoch. */
public final class AccuracyChart {
    private AccuracyChart() {}

    public static JFreeChart create(AccuracyHistory history) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        dataset.addSeries(series("train accuracy", history.epochs(), history.train()));
        dataset.addSeries(series("test accuracy", history.epochs(), history.test()));
        JFreeChart chart = ChartFactory.createXYLineChart(
                "Train and test accuracy",
                "epoch",
                "accuracy (%)",
                dataset,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        NumberAxis range = (NumberAxis) chart.getXYPlot().getRangeAxis();
        range.setRange(0, 100);
        ((NumberAxis) chart.getXYPlot().getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ChartStyle.applyTo(chart);
        return chart;
    }

    public static void write(Path target, AccuracyHistory history) {
        ChartStyle.savePng(create(history), target);
    }

    private static XYSeries series(String name, List<Integer> epochs, List<Double> values) {
        XYSeries series = new XYSeries(name);
        for (int i = 0; i < epochs.size(); i++) {
            series.add(epochs.get(i).doubleValue(), 100 * values.get(i));
        }
        return series;
    }
}
