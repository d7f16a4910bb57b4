package org.signsnet.app;

import java.nio.file.Path;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.signsnet.data.SignsData;
import org.signsnet.data.SignsDataLoader;
import org.signsnet.model.ModelStore;
import org.signsnet.training.SplitEvaluator;

/**
 * {@code signsnet evaluate}: accuracy, per-class precision, recall, F1 and the confusion matrix of a
 * trained model on both SIGNS splits ({@link SplitEvaluator}, built on DL4J's {@code Evaluation}).
 */
public final class Evaluator {
    private Evaluator() {}

    /** Loads the model and the data, then evaluates both splits. */
    public static EvaluationResult evaluate(Path modelFile, Path dataDir) {
        SignsData data = new SignsDataLoader().load(dataDir);
        return evaluate(modelFile, ModelStore.load(modelFile), data);
    }

    /** Evaluates {@code network} (loaded from {@code modelFile}) on both splits of {@code data}. */
    public static EvaluationResult evaluate(Path modelFile, MultiLayerNetwork network, SignsData data) {
        return new EvaluationResult(
                modelFile,
                SplitEvaluator.of(network, data.train(), "train"),
                SplitEvaluator.of(network, data.test(), "test"));
    }
}
