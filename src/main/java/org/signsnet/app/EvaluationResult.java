package org.signsnet.app;

import java.nio.file.Path;
import org.signsnet.training.SplitEvaluation;

/**
 * {@code signsnet evaluate}'s result: the model's metrics on the training and the test split.
 *
 * @param model the model file evaluated
 * @param train metrics on {@code train_signs.h5}
 * @param test  metrics on {@code test_signs.h5}
 */
public record EvaluationResult(Path model, SplitEvaluation train, SplitEvaluation test) {}
