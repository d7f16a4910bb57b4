package org.signsnet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonChartTest {
    @TempDir
    Path dir;

    private static final List<ComparisonChart.Curves> RUNS = List.of(
            new ComparisonChart.Curves("notebook", List.of(1.8, 1.2, 0.9), List.of(0.3, 0.5, 0.6)),
            new ComparisonChart.Curves("improved", List.of(1.5, 0.6), List.of(0.97)));

    @Test
    void hasACostAndAnAccuracyPanelWithOneLinePerRun() {
        JFreeChart chart = ComparisonChart.create(RUNS);
        List<XYPlot> panels = ((CombinedDomainXYPlot) chart.getPlot()).getSubplots();
        assertThat(panels).hasSize(2);
        assertThat(panels.get(0).getRangeAxis().getLabel()).isEqualTo("mean cost");
        assertThat(panels.get(1).getRangeAxis().getLabel()).isEqualTo("test accuracy");
        assertThat(panels.get(0).getDataset().getSeriesCount()).isEqualTo(2);
        assertThat(panels.get(1).getDataset().getItemCount(0)).isEqualTo(3);
        // a loaded model's single final accuracy sits at its last epoch
        assertThat(panels.get(1).getDataset().getXValue(1, 0)).isEqualTo(1.0);
    }

    @Test
    void aLoadedModelsAccuracyHistoryIsDrawnAtTheEpochsItWasMeasured() {
        var loaded = new ComparisonChart.Curves(
                "notebook", List.of(1.8, 1.5, 1.2, 1.0, 0.9, 0.8, 0.7), List.of(0, 5, 6), List.of(0.2, 0.6, 0.7));
        XYPlot accuracy = (XYPlot)
                ((CombinedDomainXYPlot) ComparisonChart.create(List.of(loaded)).getPlot())
                        .getSubplots()
                        .get(1);
        assertThat(accuracy.getDataset().getItemCount(0)).isEqualTo(3);
        assertThat(accuracy.getDataset().getXValue(0, 1)).isEqualTo(5.0);
        assertThat(accuracy.getDataset().getYValue(0, 2)).isEqualTo(0.7);
    }

    @Test
    void writesAPngOfTheSharedChartSize() throws Exception {
        Path png = dir.resolve("comparison.png");
        ComparisonChart.write(png, RUNS);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(ChartStyle.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ChartStyle.HEIGHT);
    }

    @Test
    void tableHasAHeaderAndOneLinePerRun() {
        ComparisonTable table = new ComparisonTable(List.of(
                new ComparisonTable.Row("notebook", "trained", 100, 0.94, 0.78, 0.1, 500, 1286, List.of(0.78)),
                new ComparisonTable.Row("improved", "trained", 20, 0.99, 0.97, 0.05, 150, 24000, List.of(0.97))));
        String text = table.format();
        assertThat(text.lines()).hasSize(3);
        assertThat(text.lines().toList().get(0)).contains("preset").contains("test acc");
        assertThat(text.lines().toList().get(2)).startsWith("improved").contains("0.9700");
    }
}
