package org.signsnet.training;

import java.util.List;

/**
 * Train and test accuracy measured during training, after the epochs listed in {@code epochs}.
 *
 * @param epochs the 0-based epochs after which the accuracies were measured
 * @param train  training-set accuracy after each of those epochs
 * @param test   test-set accuracy after each of those epochs
 */
public record AccuracyHistory(List<Integer> epochs, List<Double> train, List<Double> test) {
    public AccuracyHistory {
        epochs = List.copyOf(epochs);
        train = List.copyOf(train);
        test = List.copyOf(test);
        if (train.size() != epochs.size() || test.size() != epochs.size()) {
            throw new IllegalArgumentException("one train and one test accuracy per epoch expected");
        }
    }

    /** No measurements. */
    public static AccuracyHistory empty() {
        return new AccuracyHistory(List.of(), List.of(), List.of());
    }
}
