package org.signsnet.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The SIGNS files and sample photos that ship with the project ({@code data/signs/},
 * {@code data/samples/}), found as the application finds them: from the project directory of
 * signsnet's classes. They are part of the repository, so a test that needs them fails, never skips,
 * when they are missing. Tests expect the shipped reconstruction of {@code train_signs.h5}: where a
 * user has installed the original over it ({@code signsnet data install}), they read the
 * reconstruction kept beside it, through a temporary directory.
 */
public final class RealSignsData {
    private static Path shipped;

    private RealSignsData() {}

    /** A directory holding the shipped {@code train_signs.h5} (the reconstruction) and {@code test_signs.h5}. */
    public static synchronized Path directory() {
        if (shipped == null) {
            shipped = locateShipped();
        }
        return shipped;
    }

    /** The project's {@code data/samples/}: the 120 test photos as JPEGs and {@code my_image.jpg}. */
    public static Path samples() {
        Path samples = data().resolve("samples");
        assertThat(samples.resolve("my_image.jpg")).as("shipped sample photo").isRegularFile();
        return samples;
    }

    private static Path locateShipped() {
        Path directory = data().resolve("signs");
        Path train = directory.resolve(SignsDataLoader.TRAIN_FILE);
        Path test = directory.resolve(SignsDataLoader.TEST_FILE);
        assertThat(train).as("shipped SIGNS training file").isRegularFile();
        assertThat(test).as("shipped SIGNS test file").isRegularFile();
        if (isReconstruction(train)) {
            return directory;
        }
        Path kept = directory.resolve(TrainingFileInstaller.RECONSTRUCTION_BACKUP);
        assertThat(isReconstruction(kept))
                .as(train + " is not the shipped reconstruction and there is no " + kept.getFileName()
                        + " beside it; restore it with: git checkout -- data/signs")
                .isTrue();
        try {
            Path view = Files.createTempDirectory("signsnet-shipped-data");
            Files.copy(kept, view.resolve(SignsDataLoader.TRAIN_FILE));
            Files.copy(test, view.resolve(SignsDataLoader.TEST_FILE));
            view.toFile().deleteOnExit();
            view.resolve(SignsDataLoader.TRAIN_FILE).toFile().deleteOnExit();
            view.resolve(SignsDataLoader.TEST_FILE).toFile().deleteOnExit();
            return view;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isReconstruction(Path file) {
        return Files.isRegularFile(file)
                && DataChecksums.identify(file).provenance() == DataChecksums.Provenance.RECONSTRUCTION;
    }

    private static Path data() {
        Path project = ProjectDirectory.ofCodeSource()
                .orElseThrow(() -> new AssertionError("signsnet's classes are not in a project checkout"));
        return project.resolve("data");
    }
}
