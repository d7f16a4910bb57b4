package org.signsnet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.signsnet.model.ModelStore;
import org.signsnet.model.NotebookNetworks;
import org.signsnet.model.Provenance;
import org.signsnet.model.TrainingConfig;

/** predict, evaluate, report and notebook from the command line: help, output formats, errors and exit codes. */
class UxCommandsTest {
    @TempDir
    static Path dir;

    private static Path model;
    private static Path photo;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void saveAnUntrainedModelAndAPhoto() throws IOException {
        TrainingConfig config = TrainingConfig.notebookDefaults();
        model = dir.resolve("model.zip");
        ModelStore.save(NotebookNetworks.create(config), Provenance.of(config, Map.of()), model);
        BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xffcc99);
        photo = dir.resolve("photo.png");
        ImageIO.write(image, "png", photo.toFile());
    }

    private int run(String... args) {
        return SignsnetCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @ParameterizedTest(name = "signsnet {0} --help")
    @ValueSource(strings = {"predict", "evaluate", "report", "notebook", "train", "application-cells"})
    void everyCommandHasHelp(String command) {
        assertThat(run(command, "--help")).isZero();
        assertThat(out.toString()).startsWith("Usage: signsnet " + command);
    }

    @Test
    void predictPrintsATableWithThePredictedClassAndTheTopThree() {
        assertThat(run("predict", "--model", model.toString(), photo.toString()))
                .isZero();
        String[] lines = out.toString().split("\n");
        assertThat(lines[0])
                .contains("image")
                .contains("predicted")
                .contains("top 1")
                .contains("top 3");
        assertThat(lines[2])
                .startsWith(photo.toString())
                .matches(".*\\d: +\\d+\\.\\d%.*\\d: +\\d+\\.\\d%.*\\d: +\\d+\\.\\d%");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void predictJsonHasImagePredictedLabelSixProbabilitiesAndTheClasses() throws IOException {
        assertThat(run("predict", "--json", "--model", model.toString(), photo.toString(), photo.toString()))
                .isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.size()).isEqualTo(2);
        assertThat(json.get(0).fieldNames())
                .toIterable()
                .containsExactly("image", "predicted", "label", "probabilities", "classes");
        assertThat(json.get(0).get("label").asText())
                .isEqualTo(json.get(0).get("predicted").asText());
        assertThat(json.get(0).get("classes").toString()).isEqualTo("[\"0\",\"1\",\"2\",\"3\",\"4\",\"5\"]");
        assertThat(json.get(0).get("image").asText()).isEqualTo(photo.toString());
        double sum = 0;
        for (JsonNode p : json.get(0).get("probabilities")) {
            sum += p.asDouble();
        }
        assertThat(json.get(0).get("probabilities").size()).isEqualTo(6);
        assertThat(sum).isCloseTo(1.0, within(1e-5));
    }

    @Test
    void predictOnAMissingFileIsOneLineNamingItWithTheIoExitCode() {
        Path missing = dir.resolve("missing.jpg");
        assertThat(run("predict", "--model", model.toString(), missing.toString()))
                .isEqualTo(5);
        assertThat(err.toString()).isEqualTo("signsnet: image " + missing + " does not exist\n");
    }

    @Test
    void predictOnAFileThatIsNotAnImageIsADataError() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.png"), "hello");
        assertThat(run("predict", "--model", model.toString(), text.toString())).isEqualTo(3);
        assertThat(err.toString()).startsWith("signsnet: image " + text).doesNotContain("\tat ");
    }

    @Test
    void predictWithAMissingModelIsAModelError() {
        assertThat(run("predict", "--model", dir.resolve("none.zip").toString(), photo.toString()))
                .isEqualTo(4);
        assertThat(err.toString()).contains("none.zip");
    }

    @Test
    void predictWithoutImagesIsAUsageError() {
        assertThat(run("predict", "--model", model.toString())).isEqualTo(2);
    }

    @Test
    void evaluateWithAMissingDataDirectoryIsADataError() {
        assertThat(run(
                        "evaluate",
                        "--model",
                        model.toString(),
                        "--data",
                        dir.resolve("nodata").toString()))
                .isEqualTo(3);
        assertThat(err.toString()).contains("nodata");
    }

    @Test
    void notebookOnAMissingFileIsAnIoError() {
        assertThat(run("notebook", dir.resolve("none.ipynb").toString())).isEqualTo(5);
    }
}
