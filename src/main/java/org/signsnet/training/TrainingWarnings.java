package org.signsnet.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.signsnet.model.TrainingConfig;

/**
 * What a finished run should be told although nothing failed: a network that predicts one and the
 * same class for every training image has collapsed (accuracy at chance level, typically after a
 * learning rate far too high, e.g. {@code --lr 10}). A cost that becomes NaN or infinite stops the
 * run instead ({@code Trainer}, a NUMERIC error naming the epoch).
 */
public final class TrainingWarnings {
    private TrainingWarnings() {}

    /** The warnings of a run with {@code config} whose network predicts {@code trainPredictions}. */
    public static List<String> of(TrainingConfig config, int[] trainPredictions) {
        List<String> warnings = new ArrayList<>();
        if (trainPredictions.length > 1 && allEqual(trainPredictions)) {
            warnings.add(String.format(
                    Locale.ROOT,
                    "training collapsed: the network predicts class %d for all %d training images; with learning"
                            + " rate %s the steps are probably too large, try a lower one, e.g. --lr %s",
                    trainPredictions[0],
                    trainPredictions.length,
                    config.learningRate(),
                    config.learningRate() / 10));
        }
        return warnings;
    }

    private static boolean allEqual(int[] values) {
        for (int v : values) {
            if (v != values[0]) {
                return false;
            }
        }
        return true;
    }
}
