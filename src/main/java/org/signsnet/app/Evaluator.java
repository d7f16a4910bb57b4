package org.signsnet.app;

import java.nio.file.Path;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.signsnet.data.ClassNames;
import org.signsnet.data.FolderImages;
import org.signsnet.data.FolderListener;
import org.signsnet.data.ImageFolder;
import org.signsnet.data.SignsData;
import org.signsnet.data.SignsDataLoader;
import org.signsnet.data.SignsDataset;
import org.signsnet.model.ModelStore;
import org.signsnet.training.SplitEvaluation;
import org.signsnet.training.SplitEvaluator;

/**
 * {@code signsnet evaluate}: accuracy, per-class precision, recall, F1 and the confusion matrix of a
 * trained model ({@link SplitEvaluator}, built on DL4J's {@code Evaluation}), on both SIGNS splits or
 * on a photo folder. The data's classes are matched to the model's by name, so a folder may hold
 * only some of the model's classes (a folder {@code 2/} of photos of two fingers for a SIGNS
 * model); a class the model does not know is a DATA error.
 */
public final class Evaluator {
    private Evaluator() {}

    /** Loads the model and the SIGNS files in {@code dataDir}, then evaluates both splits. */
    public static EvaluationResult evaluate(Path modelFile, Path dataDir) {
        SignsData data = new SignsDataLoader().load(dataDir);
        MultiLayerNetwork network = ModelStore.load(modelFile);
        return evaluate(modelFile, network, data.inClassesOf(ModelStore.classNames(modelFile, network)));
    }

    /** Evaluates {@code network} (loaded from {@code modelFile}) on both splits of {@code data}, in its classes. */
    public static EvaluationResult evaluate(Path modelFile, MultiLayerNetwork network, SignsData data) {
        return new EvaluationResult(
                modelFile,
                List.of(
                        SplitEvaluator.of(network, data.train(), "train"),
                        SplitEvaluator.of(network, data.test(), "test")));
    }

    /**
     * Loads the model and the photos in {@code folder}, then evaluates its {@code train/} and
     * {@code test/} splits when it has them, else all its photos as one split, {@code "all"}.
     */
    public static EvaluationResult evaluateImages(Path modelFile, Path folder, FolderListener listener) {
        ImageFolder scanned = ImageFolder.scan(folder, listener);
        MultiLayerNetwork network = ModelStore.load(modelFile);
        ClassNames classes = ModelStore.classNames(modelFile, network);
        if (scanned.splitByUser()) {
            SignsData data = FolderImages.load(scanned, scanned.split(0), listener) // the user's split: no seed
                    .toSignsData()
                    .inClassesOf(classes);
            return evaluate(modelFile, network, data);
        }
        SignsDataset all = FolderImages.loadAll(scanned, listener).toDataset().inClassesOf(classes);
        SplitEvaluation evaluation = SplitEvaluator.of(network, all, "all");
        return new EvaluationResult(modelFile, List.of(evaluation));
    }
}
