package org.signsnet.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signsnet.SignsnetException;
import org.signsnet.io.OutputSet;
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
                List.of(0.2, 0.3, 0.4),
                List.of());
    }

    @Test
    void writesEveryReportAsADecodablePngAndOneSelfContainedHtmlPage() throws IOException {
        MultiLayerNetwork network = NotebookNetworks.create(TrainingConfig.notebookDefaults());
        List<Path> files;
        try (OutputSet set = OutputSet.in(dir)) {
            Path cost = ReportWriter.writeCost(metrics(), set);
            ReportWriter.write(network, TinyData.of(30), metrics(), set, List.of(cost));
            files = set.commit();
        }
        assertThat(files)
                .extracting(f -> f.getFileName().toString())
                .containsExactly(
                        ReportWriter.COST_PNG,
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
        List<Path> files = writeWithoutMetrics(network, TinyData.of(12));
        assertThat(files)
                .extracting(f -> f.getFileName().toString())
                .doesNotContain(ReportWriter.ACCURACY_PNG)
                .doesNotContain(ReportWriter.COST_PNG)
                .contains(ReportWriter.REPORT_HTML);
    }

    @Test
    void thePageShowsOnlyTheImagesWrittenWithItNotAnEarlierRunsCurves() throws IOException {
        MultiLayerNetwork network = NotebookNetworks.create(TrainingConfig.notebookDefaults());
        CostChart.write(
                dir.resolve(ReportWriter.COST_PNG),
                0.009,
                metrics().costs(),
                metrics().meanCosts());
        AccuracyChart.write(dir.resolve(ReportWriter.ACCURACY_PNG), metrics().accuracyHistory());
        writeWithoutMetrics(network, TinyData.of(12));
        String html = Files.readString(dir.resolve(ReportWriter.REPORT_HTML));
        assertThat(html).doesNotContain("Cost per epoch").doesNotContain("accuracy per epoch");
        assertThat(html.split("src=\"data:image/png;base64,", -1)).hasSize(4); // confusion, samples, filters
    }

    @Test
    void aFullDiskLeavesNoneOfTheReportsAndSaysSo() throws IOException {
        MultiLayerNetwork network = NotebookNetworks.create(TrainingConfig.notebookDefaults());
        Files.writeString(dir.resolve(ReportWriter.REPORT_HTML), "the earlier run's page");
        assertThatThrownBy(() -> {
                    try (OutputSet set = OutputSet.in(dir)) {
                        ReportWriter.writeCost(metrics(), set);
                        ReportWriter.write(network, TinyData.of(12), metrics(), set, List.of());
                        set.write("after.txt", file -> {
                            throw new IOException("No space left on device");
                        });
                        set.commit();
                    }
                })
                .isInstanceOf(SignsnetException.class)
                .hasMessageContaining("cannot write " + dir.resolve("after.txt") + ": no space left on device")
                .hasMessageContaining("KB free there); none of this run's files were written")
                .message()
                .doesNotContain("Exception");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).extracting(p -> p.getFileName().toString()).containsExactly(ReportWriter.REPORT_HTML);
        }
        assertThat(Files.readString(dir.resolve(ReportWriter.REPORT_HTML))).isEqualTo("the earlier run's page");
    }

    private List<Path> writeWithoutMetrics(MultiLayerNetwork network, org.signsnet.data.SignsData data) {
        try (OutputSet set = OutputSet.in(dir)) {
            ReportWriter.write(network, data, null, set, List.of());
            return set.commit();
        }
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
