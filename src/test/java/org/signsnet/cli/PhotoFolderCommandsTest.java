package org.signsnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signsnet.data.ClassNames;
import org.signsnet.io.Json;
import org.signsnet.model.ModelStore;
import org.signsnet.testing.CliRun;
import org.signsnet.testing.PhotoFolders;

/** {@code train --images}, then {@code predict}, {@code explain} and {@code evaluate} with the folder's labels. */
class PhotoFolderCommandsTest {
    @TempDir
    static Path shared;

    static Path hands;
    static Path model;
    static CliRun training;

    @BeforeAll
    static void trainOnThreeLabelledClasses() throws IOException {
        hands = shared.resolve("hands");
        PhotoFolders.photos(hands.resolve("two"), 2, 6);
        PhotoFolders.photos(hands.resolve("fist"), 0, 6);
        PhotoFolders.photos(hands.resolve("one"), 1, 6);
        Files.writeString(hands.resolve("one/notes.txt"), "taken on Monday");
        training = CliRun.of(
                "train",
                "--images",
                hands.toString(),
                "--out",
                shared.resolve("run").toString(),
                "--epochs",
                "30",
                "--batch-size",
                "5");
        model = shared.resolve("run/model.zip");
    }

    @Test
    void trainingOnAPhotoFolderKeepsItsLabelsInTheModelFile() throws IOException {
        assertThat(training.code()).as(training.toString()).isZero();
        assertThat(training.out())
                .startsWith("Training the notebook ConvNet on the photos in " + hands + ": 30 epochs");
        assertThat(training.errLines())
                .containsExactly("signsnet: warning: skipped " + hands.resolve("one/notes.txt")
                        + ": not an image (signsnet reads the extensions jpg, jpeg, png, webp, tif, tiff, bmp, gif)");
        try (ZipFile zip = new ZipFile(model.toFile())) {
            String names = new String(
                    zip.getInputStream(zip.getEntry(ModelStore.CLASS_NAMES)).readAllBytes());
            assertThat(Json.mapper().readValue(names, String[].class)).containsExactly("fist", "one", "two");
        }
        assertThat(ModelStore.classNames(model, ModelStore.load(model)).names()).containsExactly("fist", "one", "two");
    }

    @Test
    void predictReportsTheFoldersLabels() throws IOException {
        Path photo = PhotoFolders.photo(shared.resolve("new/two.png"), 2, 11);

        CliRun json = CliRun.of("predict", "--json", "--model", model.toString(), photo.toString());
        CliRun text = CliRun.of("predict", "--model", model.toString(), photo.toString());

        assertThat(json.code()).as(json.toString()).isZero();
        JsonNode row = Json.mapper().readTree(json.out()).get(0);
        assertThat(row.get("classes").toString()).isEqualTo("[\"fist\",\"one\",\"two\"]");
        assertThat(row.get("probabilities")).hasSize(3);
        assertThat(row.get("label").asText()).isEqualTo("two");
        assertThat(row.get("predicted").asInt()).isEqualTo(2);
        assertThat(text.out().lines().toList().get(2)).contains("        two  two:");
    }

    @Test
    void evaluateOnAFolderMatchesItsClassesToTheModelsByName() {
        CliRun run = CliRun.of("evaluate", "--model", model.toString(), "--images", hands.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(2)).startsWith("all set: 18 images, accuracy ");
        assertThat(lines.get(5)).startsWith("   fist  ");
        assertThat(run.out())
                .contains("  confusion (rows: true class, columns: predicted)\n         fist   one   two\n   fist ");
    }

    @Test
    void evaluateRefusesAClassTheModelDoesNotKnow() {
        PhotoFolders.photos(shared.resolve("other/fist"), 0, 2);
        PhotoFolders.photos(shared.resolve("other/thumb"), 3, 2);

        CliRun run = CliRun.of(
                "evaluate",
                "--model",
                model.toString(),
                "--images",
                shared.resolve("other").toString());

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.oneLineErrorProblem()).isNull();
        assertThat(run.err())
                .contains("the class 'thumb' of " + shared.resolve("other")
                        + " is not one of the model's classes (fist, one, two)");
    }

    @Test
    void numberedFoldersTrainASignsLikeModel() throws IOException {
        Path numbered = shared.resolve("numbered");
        for (int c = 0; c < 6; c++) {
            PhotoFolders.photos(numbered.resolve(Integer.toString(c)), c, 2);
        }
        Path out = shared.resolve("numbered-run");

        CliRun run = CliRun.of(
                "train",
                "--images",
                numbered.toString(),
                "--out",
                out.toString(),
                "--epochs",
                "1",
                "--batch-size",
                "6");

        assertThat(run.code()).as(run.toString()).isZero();
        Path numberedModel = out.resolve("model.zip");
        assertThat(ModelStore.classNames(numberedModel, ModelStore.load(numberedModel)))
                .isEqualTo(ClassNames.signs());
    }

    @Test
    void badFoldersAreOneLineAndADocumentedExitCode() throws IOException {
        Path empty = Files.createDirectories(shared.resolve("empty"));
        PhotoFolders.photos(shared.resolve("single/fist"), 0, 3);

        assertFails(3, "photo folder " + empty + " has no class folders", "train", "--images", empty.toString());
        assertFails(
                3,
                "photo folder " + shared.resolve("single") + " has a single class folder, 'fist'",
                "train",
                "--images",
                shared.resolve("single").toString());
        assertFails(
                5,
                "photo folder " + shared.resolve("nowhere") + " does not exist",
                "train",
                "--images",
                shared.resolve("nowhere").toString());
        assertFails(
                2,
                "give --data (SIGNS files) or --images (a photo folder), not both",
                "evaluate",
                "--images",
                hands.toString(),
                "--data",
                hands.toString());
        assertThat(shared.resolve("reports")).doesNotExist();
    }

    private static void assertFails(int code, String message, String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.code()).as(run.toString()).isEqualTo(code);
        assertThat(run.oneLineErrorProblem()).as(run.toString()).isNull();
        assertThat(run.err()).contains(message);
    }
}
