package org.signsnet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signsnet.ErrorKind;
import org.signsnet.SignsnetException;
import org.signsnet.io.Json;
import org.signsnet.model.ModelPreset;
import org.signsnet.model.ModelStore;
import org.signsnet.model.NotebookNetworks;
import org.signsnet.model.Provenance;
import org.signsnet.model.TrainingConfig;
import org.signsnet.predict.Prediction;
import org.signsnet.predict.Predictor;
import org.signsnet.testing.CliRun;
import org.signsnet.testing.ImageFixtures;
import org.signsnet.testing.TrainedModels;

class ExplainJobTest {
    @TempDir
    Path dir;

    @Test
    void writesTheSheetThePiecesAndTheNumbersForEachImage() throws IOException {
        Path model = TrainedModels.tiny();
        Path hand = ImageFixtures.path("hand.png");
        Path copy = Files.createDirectories(dir.resolve("other")).resolve("hand.png");
        Files.copy(hand, copy);
        Path out = dir.resolve("explain");
        ExplainJob.Result result = ExplainJob.run(model, List.of(hand, copy), out);
        assertThat(result.explanations()).hasSize(2);
        assertThat(names(out))
                .contains(
                        "explain-hand.png",
                        "explain-hand-input.png",
                        "explain-hand-saliency.png",
                        "explain-hand-top3.png",
                        "explain-hand-conv1.png",
                        "explain-hand-pool1.png",
                        "explain-hand-conv2.png",
                        "explain-hand-pool2.png",
                        "explain-hand.json",
                        "explain-hand-2.png",
                        "explain-hand-2.json");
        assertThat(result.files()).hasSize(2 * 9);
        BufferedImage sheet = ImageIO.read(out.resolve("explain-hand.png").toFile());
        assertThat(sheet.getWidth()).isBetween(1200, 1600);
        assertThat(sheet.getHeight()).isGreaterThan(1000);
        JsonNode json = Json.mapper().readTree(out.resolve("explain-hand.json").toFile());
        Prediction prediction = result.explanations().get(0).prediction();
        assertThat(json.get("predicted").asInt()).isEqualTo(prediction.predicted());
        assertThat(json.get("saliency").get("class").asInt()).isEqualTo(prediction.predicted());
        assertThat(json.get("stages"))
                .extracting(s -> s.get("name").asText())
                .containsExactly("conv1", "pool1", "conv2", "pool2");
        assertThat(prediction.probabilities())
                .isEqualTo(Predictor.load(model).predict(hand).probabilities());
    }

    @Test
    void theImprovedPresetShowsItsThreeBlocks() throws IOException {
        TrainingConfig config = ModelPreset.IMPROVED.defaults();
        Path model = dir.resolve("improved/model.zip");
        ModelStore.save(NotebookNetworks.create(config), Provenance.of(config, Map.of()), model);
        Path out = dir.resolve("explain");
        ExplainJob.Result result = ExplainJob.run(model, List.of(ImageFixtures.path("hand.png")), out);
        assertThat(result.explanations().get(0).stages())
                .extracting(m -> m.name() + " " + m.channels())
                .containsExactly("conv1 16", "pool1 16", "conv2 32", "pool2 32", "conv3 64");
        assertThat(names(out)).contains("explain-hand-conv3.png");
        assertThat(result.model().label()).isEqualTo(model + " (improved preset, " + config.epochs() + " epochs)");
    }

    @Test
    void aBadImageFailsTheRunBeforeAnythingIsWritten() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.jpg"), "no photo");
        Path out = dir.resolve("explain");
        assertThatThrownBy(
                        () -> ExplainJob.run(TrainedModels.tiny(), List.of(ImageFixtures.path("hand.png"), text), out))
                .isInstanceOfSatisfying(SignsnetException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.DATA);
                    assertThat(e.getMessage()).contains(text.toString());
                });
        assertThat(out).doesNotExist();
    }

    @Test
    void theCommandPrintsThePredictionsAndTheFilesItWrote() {
        CliRun run = CliRun.of(
                "explain",
                "--model",
                TrainedModels.tiny().toString(),
                "--out",
                dir.toString(),
                ImageFixtures.path("hand.png").toString());
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out())
                .contains("model " + TrainedModels.tiny() + " (notebook preset, 2 epochs)")
                .containsPattern("hand.png: predicted [0-5] \\(\\d+\\.\\d%\\)")
                .contains("wrote " + dir.resolve("explain-hand.png"));
    }

    @Test
    void truncatedImagesAndMissingModelsAreOneLineErrors() throws IOException {
        byte[] jpeg = Files.readAllBytes(ImageFixtures.path("hand-ycck.jpg"));
        Path half = Files.write(dir.resolve("half.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2));
        for (String command : new String[] {"predict", "explain"}) {
            CliRun cut = CliRun.of(command, "--model", TrainedModels.tiny().toString(), half.toString());
            assertThat(cut.code()).as(cut.toString()).isEqualTo(3);
            assertThat(cut.oneLineErrorProblem()).isNull();
            assertThat(cut.err()).contains(half + " is a damaged or truncated JPEG");
        }
        CliRun noModel = CliRun.of(
                "explain",
                "--model",
                dir.resolve("none.zip").toString(),
                ImageFixtures.path("hand.png").toString());
        assertThat(noModel.code()).isEqualTo(4);
        assertThat(noModel.oneLineErrorProblem()).isNull();
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
