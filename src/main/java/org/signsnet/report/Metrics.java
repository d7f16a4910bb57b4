package org.signsnet.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;
import org.signsnet.training.AccuracyHistory;
import org.signsnet.training.TrainingResult;

/**
 * The content of {@code metrics.json}: the run's hyperparameters, both cost curves, accuracies and
 * timings, and the train/test accuracy measured after the epochs in {@code accuracy_epochs}
 * (see {@link org.signsnet.training.AccuracyTracker}), and the run's warnings (a collapse to one
 * class: {@link org.signsnet.training.TrainingWarnings}). Field names are the JSON keys.
 */
public record Metrics(
        @JsonProperty("preset") String preset,
        @JsonProperty("epochs") int epochs,
        @JsonProperty("learning_rate") double learningRate,
        @JsonProperty("batch_size") int batchSize,
        @JsonProperty("seed") long seed,
        @JsonProperty("init") String init,
        @JsonProperty("fc_op_seed") long fcOpSeed,
        @JsonProperty("costs") List<Double> costs,
        @JsonProperty("mean_costs") List<Double> meanCosts,
        @JsonProperty("train_accuracy") double trainAccuracy,
        @JsonProperty("test_accuracy") double testAccuracy,
        @JsonProperty("seconds_total") double secondsTotal,
        @JsonProperty("seconds_per_epoch") double secondsPerEpoch,
        @JsonProperty("accuracy_epochs") List<Integer> accuracyEpochs,
        @JsonProperty("train_accuracies") List<Double> trainAccuracies,
        @JsonProperty("test_accuracies") List<Double> testAccuracies,
        @JsonProperty("warnings") List<String> warnings) {

    /** Older metrics.json files have no accuracy lists and no warnings: read them as empty. */
    public Metrics {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        accuracyEpochs = accuracyEpochs == null ? List.of() : List.copyOf(accuracyEpochs);
        trainAccuracies = trainAccuracies == null ? List.of() : List.copyOf(trainAccuracies);
        testAccuracies = testAccuracies == null ? List.of() : List.copyOf(testAccuracies);
    }

    /** The metrics of a finished run. */
    public static Metrics of(TrainingResult result) {
        return of(result, AccuracyHistory.empty());
    }

    /** The metrics of a finished run with the accuracies measured during it. */
    public static Metrics of(TrainingResult result, AccuracyHistory history) {
        var c = result.config();
        return new Metrics(
                c.preset().name().toLowerCase(Locale.ROOT),
                c.epochs(),
                c.learningRate(),
                c.batchSize(),
                c.seed(),
                c.init().name().toLowerCase(Locale.ROOT),
                c.fcOpSeed(),
                result.notebookCosts(),
                result.meanCosts(),
                result.trainAccuracy(),
                result.testAccuracy(),
                result.secondsTotal(),
                result.secondsPerEpoch(),
                history.epochs(),
                history.train(),
                history.test(),
                result.warnings());
    }

    /** The accuracies measured during training as a history. */
    public AccuracyHistory accuracyHistory() {
        return new AccuracyHistory(accuracyEpochs, trainAccuracies, testAccuracies);
    }
}
