package org.signsnet.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.factory.Nd4j;
import org.signsnet.ErrorKind;
import org.signsnet.SignsnetException;
import org.signsnet.data.ClassNames;
import org.signsnet.image.NotebookImages;
import org.signsnet.predict.Predictor;

/** The names of a model's classes in {@code model.zip}: saved, loaded, absent in old files, damaged. */
class ModelClassNamesTest {
    @TempDir
    Path dir;

    @Test
    void theNamesOfTheClassesAreSavedWithTheNetworkAndLoadedBack() {
        MultiLayerNetwork network = NotebookNetworks.create(TrainingConfig.notebookDefaults(), 3);
        ClassNames names = new ClassNames(List.of("fist", "one", "two"));
        Path file = dir.resolve("model.zip");

        ModelStore.save(network, names, Provenance.of(TrainingConfig.notebookDefaults(), Map.of()), file);

        MultiLayerNetwork loaded = ModelStore.load(file);
        assertThat(NotebookNetworks.classes(loaded)).isEqualTo(3);
        assertThat(ModelStore.classNames(file, loaded)).isEqualTo(names);
        assertThat(ModelInfo.of(file, loaded).classes()).containsExactly("fist", "one", "two");
        var prediction =
                Predictor.load(file).predict("blank", Nd4j.zeros(1, NotebookImages.SIZE, NotebookImages.SIZE, 3));
        assertThat(prediction.classNames()).isEqualTo(names);
        assertThat(prediction.label()).isEqualTo(names.name(prediction.predicted()));
    }

    @Test
    void aModelFileWithoutNamesHasSignsNumberedClasses() throws URISyntaxException {
        Path old = Path.of(getClass().getResource("/legacy/round1-model.zip").toURI());

        MultiLayerNetwork loaded = ModelStore.load(old);

        assertThat(ModelStore.classNames(old, loaded)).isEqualTo(ClassNames.signs());
        assertThat(Predictor.load(old)
                        .predict("blank", Nd4j.zeros(1, NotebookImages.SIZE, NotebookImages.SIZE, 3))
                        .label())
                .isIn(ClassNames.signs().names());
    }

    @Test
    void namesThatDoNotFitTheNetworkAreAModelError() throws IOException {
        MultiLayerNetwork network = NotebookNetworks.create(TrainingConfig.notebookDefaults());
        Path wrongCount = dir.resolve("wrong-count.zip");
        ModelStore.writeZip(network, Map.of(ModelStore.CLASS_NAMES, bytes("[\"a\", \"b\"]")), wrongCount);
        Path damaged = dir.resolve("damaged.zip");
        ModelStore.writeZip(network, Map.of(ModelStore.CLASS_NAMES, bytes("{not json")), damaged);
        Path twice = dir.resolve("twice.zip");
        ModelStore.writeZip(
                network, Map.of(ModelStore.CLASS_NAMES, bytes("[\"a\",\"a\",\"b\",\"c\",\"d\",\"e\"]")), twice);

        assertThat(modelError(wrongCount))
                .isEqualTo("model file " + wrongCount
                        + ": class_names.json is wrong: it names 2 classes but the network has 6 outputs");
        assertThat(modelError(damaged))
                .isEqualTo(
                        "model file " + damaged + " has a damaged class_names.json (expected a JSON array of names)");
        assertThat(modelError(twice))
                .isEqualTo("model file " + twice + ": class_names.json is wrong: the class name 'a' appears twice");
    }

    private static String modelError(Path file) {
        SignsnetException e = catchThrowableOfType(SignsnetException.class, () -> Predictor.load(file));
        assertThat(e.kind()).isEqualTo(ErrorKind.MODEL);
        return e.getMessage();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
