package org.signsnet.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signsnet.model.NotebookNetworks;
import org.signsnet.model.TrainingConfig;

class ReportWriterTest {
    @TempDir
    Path dir;

    private static Metrics metrics() {
        return new Metrics(
                "notebook",
                3,
                0.009,
                64,
                3,
                "tf",
                39,
                List.of(1.9, 1.5, 1.2),
                List.of(1.8, 1.4, 1.1),
                0.5,
                0.4,
                12.0,
                4.0,
                List.of(0, 1, 2),
                List.of(0.2, 0.4, 0.5),
                List.of(0.2, 0.3, 0.4));
    }

    @Test
    void writesEveryReportAsADecodablePngAndOneSelfContainedHtmlPage() throws IOException {
        MultiLayerNetwork network = NotebookNetworks.create(TrainingConfig.notebookDefaults());
        Path cost = ReportWriter.writeCost(metrics(), dir);
        List<Path> files = new ArrayList<>(List.of(cost));
        files.addAll(ReportWriter.write(network, TinyData.of(30), metrics(), dir, List.of(cost)));
        assertThat(files)
                .extracting(f -> f.getFileName().toString())
                .containsExactly(
                        RunReport.COST_PNG,
                        ReportWriter.ACCURACY_PNG,
                        ReportWriter.CONFUSION_PNG,
                        ReportWriter.FILTERS_PNG,
                        ReportWriter.SAMPLES_PNG,
                        ReportWriter.REPORT_HTML);
        for (Path png : files.subList(0, 5)) {
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image).as(png.toString()).isNotNull();
            assertThat(image.getWidth()).as(png.toString()).isGreaterThanOrEqualTo(600);
        }
        String html = Files.readString(dir.resolve(ReportWriter.REPORT_HTML));
        assertThat(html).contains("<h1>").contains("learning rate").contains("0.009");
        assertThat(html.split("src=\"data:image/png;base64,", -1)).hasSize(6); // cost + 4 reports
        assertThat(html).doesNotContain("src=\"http").doesNotContain("src=\"cost.png");
    }

    @Test
    void withoutMetricsThereIsNoAccuracyChartButTheModelReportsAreWritten() {
        MultiLayerNetwork network = NotebookNetworks.create(TrainingConfig.notebookDefaults());
        List<Path> files = ReportWriter.write(network, TinyData.of(12), null, dir, List.of());
        assertThat(files)
                .extracting(f -> f.getFileName().toString())
                .doesNotContain(ReportWriter.ACCURACY_PNG)
                .doesNotContain(RunReport.COST_PNG)
                .contains(ReportWriter.REPORT_HTML);
    }

    @Test
    void thePageShowsOnlyTheImagesWrittenWithItNotAnEarlierRunsCurves() throws IOException {
        MultiLayerNetwork network = NotebookNetworks.create(TrainingConfig.notebookDefaults());
        CostChart.write(
                dir.resolve(RunReport.COST_PNG),
                0.009,
                metrics().costs(),
                metrics().meanCosts());
        AccuracyChart.write(dir.resolve(ReportWriter.ACCURACY_PNG), metrics().accuracyHistory());
        ReportWriter.write(network, TinyData.of(12), null, dir, List.of());
        String html = Files.readString(dir.resolve(ReportWriter.REPORT_HTML));
        assertThat(html).doesNotContain("Cost per epoch").doesNotContain("accuracy per epoch");
        assertThat(html.split("src=\"data:image/png;base64,", -1)).hasSize(4); // confusion, samples, filters
    }

    @Test
    void metricsJsonRoundTripsWithTheAccuracyLists() {
        Path file = dir.resolve("metrics.json");
        org.signsnet.io.Json.writeFile(file, metrics());
        Metrics read = org.signsnet.io.Json.readFile(file, Metrics.class);
        assertThat(read).isEqualTo(metrics());
        assertThat(read.accuracyHistory().test()).containsExactly(0.2, 0.3, 0.4);
    }
}
