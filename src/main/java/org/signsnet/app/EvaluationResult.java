package org.signsnet.app;

import java.nio.file.Path;
import java.util.List;
import org.signsnet.training.SplitEvaluation;

/**
 * {@code signsnet evaluate}'s result: the model's metrics on each split of the data.
 *
 * @param model  the model file evaluated
 * @param splits the training then the test split ({@code train_signs.h5}, {@code test_signs.h5}, or a
 *               photo folder's {@code train/} and {@code test/}); or a photo folder's photos, all in one
 */
public record EvaluationResult(Path model, List<SplitEvaluation> splits) {
    public EvaluationResult {
        splits = List.copyOf(splits);
    }
}
