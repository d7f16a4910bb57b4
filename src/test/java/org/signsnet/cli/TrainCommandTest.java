package org.signsnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signsnet.data.RealSignsData;
import org.signsnet.io.Json;
import org.signsnet.model.ModelStore;
import org.signsnet.model.NotebookModel;

/** One short real training run through the CLI, checked against its own output files. */
class TrainCommandTest {
    @TempDir
    static Path out;

    private static String stdout;
    private static int exitCode;

    @BeforeAll
    static void trainTwoEpochs() {
        Path data = RealSignsData.directory();
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        exitCode = SignsnetCli.run(
                new PrintWriter(outText),
                new PrintWriter(errText),
                "train",
                "--data",
                data.toString(),
                "--out",
                out.toString(),
                "--epochs",
                "2");
        stdout = outText.toString();
        assertThat(errText.toString()).as("stderr").isEmpty();
    }

    @Test
    void exitsWithZeroAndPrintsTheNotebookLines() {
        assertThat(exitCode).isZero();
        assertThat(stdout)
                .containsPattern("(?m)^Cost after epoch 0: \\d\\.\\d{6}$")
                .containsPattern("(?m)^Train Accuracy: 0\\.\\d+$")
                .containsPattern("(?m)^Test Accuracy: 0\\.\\d+$");
    }

    @Test
    void firstEpochCostIsTheNotebooksWithinHalfAPercentAndTheCostFalls() throws IOException {
        JsonNode metrics = Json.mapper().readTree(out.resolve("metrics.json").toFile());
        double first = metrics.get("costs").get(0).asDouble();
        assertThat(first).isBetween(1.9179 * 0.995, 1.9179 * 1.005);
        assertThat(metrics.get("costs").get(1).asDouble()).isLessThan(first);
        assertThat(metrics.get("mean_costs").get(0).asDouble()).isLessThan(first);
    }

    @Test
    void metricsJsonAgreesWithWhatWasPrinted() throws IOException {
        JsonNode metrics = Json.mapper().readTree(out.resolve("metrics.json").toFile());
        assertThat(metrics.get("epochs").asInt()).isEqualTo(2);
        assertThat(metrics.get("learning_rate").asDouble()).isEqualTo(0.009);
        assertThat(metrics.get("batch_size").asInt()).isEqualTo(64);
        assertThat(metrics.get("costs")).hasSize(2);
        assertThat(metrics.get("mean_costs")).hasSize(2);
        assertThat(metrics.get("seconds_total").asDouble()).isPositive();
        assertThat(metrics.get("seconds_per_epoch").asDouble()).isPositive();
        assertThat(metrics.get("accuracy_epochs")).hasSize(2);
        assertThat(metrics.get("test_accuracies").get(1).asDouble())
                .isEqualTo(metrics.get("test_accuracy").asDouble());
        assertThat(stdout)
                .contains(String.format(
                        Locale.ROOT,
                        "Cost after epoch 0: %f",
                        metrics.get("costs").get(0).asDouble()))
                .contains("Train Accuracy: "
                        + (float) metrics.get("train_accuracy").asDouble())
                .contains(
                        "Test Accuracy: " + (float) metrics.get("test_accuracy").asDouble());
    }

    @Test
    void costPngDecodesAtThePromisedSize() throws IOException {
        BufferedImage image = ImageIO.read(out.resolve("cost.png").toFile());
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(800);
        assertThat(image.getHeight()).isGreaterThanOrEqualTo(600);
    }

    @Test
    void savedModelLoadsWithItsProvenance() throws IOException {
        MultiLayerNetwork model = ModelStore.load(out.resolve("model.zip"));
        assertThat(model.numParams()).isEqualTo(NotebookModel.PARAMETER_COUNT);
        JsonNode provenance =
                Json.mapper().readTree(out.resolve("model.provenance.json").toFile());
        assertThat(provenance.get("data_sha256").get("test_signs.h5").asText())
                .isEqualTo("539fb746ed9e947eb244cfca73f4d1b03f9bf5524d609eeed2cd76ddb1b179be");
        assertThat(provenance.get("init").asText()).isEqualTo("tf");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "cost.png",
                            "metrics.json",
                            "model.zip",
                            "model.provenance.json",
                            "accuracy.png",
                            "confusion.png",
                            "filters.png",
                            "samples.png",
                            "report.html",
                            "checkpoints",
                            ".signsnet.lock");
        }
    }

    /** Issue 25: '--lr 10' trained to chance level without a word. */
    @Test
    void aRunThatCollapsesToOneClassSaysSoAtTheEndAndInMetricsJson(@TempDir Path elsewhere) throws IOException {
        Path data = org.signsnet.testing.SyntheticSigns.write(elsewhere.resolve("data"), 48, 12);
        Path run = elsewhere.resolve("collapse");
        org.signsnet.testing.CliRun result = org.signsnet.testing.CliRun.of(
                "train",
                "--data",
                data.toString(),
                "--out",
                run.toString(),
                "--epochs",
                "3",
                "--batch-size",
                "16",
                "--lr",
                "10");
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.errLines())
                .singleElement()
                .asString()
                .startsWith("signsnet: warning: training collapsed: the network predicts class ")
                .contains("for all 48 training images")
                .contains("--lr 1.0")
                .endsWith("(also in metrics.json)");
        JsonNode warnings =
                Json.mapper().readTree(run.resolve("metrics.json").toFile()).get("warnings");
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).asText()).startsWith("training collapsed");
        assertThat(Json.mapper().readTree(out.resolve("metrics.json").toFile()).get("warnings"))
                .as("a run that learns has no warnings")
                .isEmpty();
    }
}
