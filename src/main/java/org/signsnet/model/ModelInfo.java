package org.signsnet.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.signsnet.SignsnetException;
import org.signsnet.data.ClassNames;
import org.signsnet.io.Json;

/**
 * What a loaded model is, for headlines and the web API: its file, the names of its classes, and
 * from the provenance written beside it (when there is one) the preset and the number of epochs it
 * was trained for.
 *
 * @param file       the model file as given
 * @param preset     {@code notebook}, {@code improved}, ..., or null when there is no readable provenance
 * @param epochs     epochs trained, or 0 when unknown
 * @param parameters number of parameters of the network
 * @param classes    the name of each class, in the order of the network's outputs ({@link ModelStore#classNames})
 */
public record ModelInfo(String file, String preset, int epochs, long parameters, List<String> classes) {
    public ModelInfo {
        classes = List.copyOf(classes);
    }

    /** The description of {@code network} loaded from {@code modelFile}. */
    public static ModelInfo of(Path modelFile, MultiLayerNetwork network) {
        Provenance provenance = provenance(modelFile);
        return new ModelInfo(
                modelFile.toString(),
                provenance == null ? null : provenance.preset(),
                provenance == null ? 0 : provenance.epochs(),
                network.numParams(),
                ModelStore.classNames(modelFile, network).names());
    }

    /** The names of the model's classes. */
    public ClassNames classNames() {
        return new ClassNames(classes);
    }

    /** {@code reports/model.zip (notebook preset, 100 epochs)}, or the file alone when nothing more is known. */
    public String label() {
        if (preset == null) {
            return file;
        }
        return String.format(
                Locale.ROOT, "%s (%s preset%s)", file, preset, epochs > 0 ? ", " + epochs + " epochs" : "");
    }

    private static Provenance provenance(Path modelFile) {
        Path file = ModelStore.provenancePath(modelFile);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Json.readFile(file, Provenance.class);
        } catch (SignsnetException e) {
            return null; // the provenance only labels the model; a damaged one leaves it unlabelled
        }
    }
}
