package org.signsnet.report;

import java.awt.Color;
import java.awt.Paint;
import java.awt.image.BufferedImage;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.signsnet.data.ClassNames;
import org.signsnet.predict.Prediction;

/** The {@code k} most probable classes of a prediction as a horizontal bar chart, in per cent. */
public final class TopClassesChart {
    private static final Color PREDICTED = ChartStyle.SERIES_COLORS[0];
    private static final Color OTHER = new Color(0x9ecae1);

    private TopClassesChart() {}

    /** The chart of the top {@code k} classes, most probable on top. */
    public static JFreeChart chart(Prediction prediction, int k) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (int c : prediction.topClasses(k)) {
            dataset.addValue(100 * prediction.probability(c), "probability", label(prediction, c));
        }
        JFreeChart chart = ChartFactory.createBarChart(
                "Top " + k + " classes",
                null,
                "probability (%)",
                dataset,
                PlotOrientation.HORIZONTAL,
                false,
                false,
                false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(ExplainStyle.SECTION_FONT);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setOutlineVisible(false);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.getDomainAxis().setTickLabelFont(ChartStyle.LABEL_FONT);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setRange(0, 112);
        range.setTickUnit(new NumberTickUnit(25));
        range.setLabelFont(ChartStyle.TICK_FONT);
        range.setTickLabelFont(ChartStyle.TICK_FONT);
        String predicted = label(prediction, prediction.predicted());
        BarRenderer renderer = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                return dataset.getColumnKey(column).equals(predicted) ? PREDICTED : OTHER;
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.22);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator(
                "{2}", new DecimalFormat("0.0'%'", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        renderer.setDefaultItemLabelFont(ChartStyle.LABEL_FONT);
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelInsets(new RectangleInsets(0, 8, 0, 0));
        plot.setRenderer(renderer);
        return chart;
    }

    /** The chart drawn at {@code width x height}. */
    public static BufferedImage draw(Prediction prediction, int k, int width, int height) {
        return chart(prediction, k).createBufferedImage(width, height);
    }

    /**
     * What the pictures call class {@code c} of {@code prediction}: for SIGNS' six numbered classes
     * "2 fingers", "1 finger", "0 fingers"; otherwise the class's name.
     */
    public static String label(Prediction prediction, int c) {
        if (!prediction.classNames().equals(ClassNames.signs())) {
            return prediction.classNames().name(c);
        }
        return c + (c == 1 ? " finger" : " fingers");
    }
}
