package org.signsnet.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.signsnet.io.AtomicFiles;

/** The look shared by every signsnet chart: white background, large legible fonts, thick lines. */
public final class ChartStyle {
    public static final int WIDTH = 1000;
    public static final int HEIGHT = 700;
    public static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 26);
    public static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
    public static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    public static final Color[] SERIES_COLORS = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728)
    };

    private ChartStyle() {}

    /**
     * Applies fonts, colours and strokes to an XY line chart: a plain {@link XYPlot}, or a
     * {@link CombinedDomainXYPlot} whose subplots share the domain axis (and have no range axis of
     * its own).
     */
    public static void applyTo(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(TITLE_FONT);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(LABEL_FONT);
        }
        if (chart.getPlot() instanceof XYPlot plot) {
            plot.getDomainAxis().setLabelFont(LABEL_FONT);
            plot.getDomainAxis().setTickLabelFont(TICK_FONT);
            if (plot instanceof CombinedDomainXYPlot combined) {
                for (XYPlot subplot : combined.getSubplots()) {
                    styleSeries(subplot);
                }
            } else {
                styleSeries(plot);
            }
        }
    }

    /** Background, gridlines, range axis and series of one plot with its own range axis. */
    private static void styleSeries(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.getRangeAxis().setLabelFont(LABEL_FONT);
        plot.getRangeAxis().setTickLabelFont(TICK_FONT);
        for (int i = 0; i < plot.getSeriesCount(); i++) {
            plot.getRenderer().setSeriesPaint(i, SERIES_COLORS[i % SERIES_COLORS.length]);
            plot.getRenderer().setSeriesStroke(i, new BasicStroke(3f));
        }
    }

    /** Saves {@code chart} as a PNG of {@link #WIDTH} x {@link #HEIGHT}, atomically. */
    public static void savePng(JFreeChart chart, Path target) {
        AtomicFiles.write(target, tmp -> writePng(chart, tmp));
    }

    private static void writePng(JFreeChart chart, Path tmp) throws IOException {
        ChartUtils.saveChartAsPNG(tmp.toFile(), chart, WIDTH, HEIGHT);
    }
}
