package org.signsnet.data;

import java.util.Objects;

/**
 * The notebook's {@code load_dataset()} result: the training split (1080 images) and the test split
 * (120 images).
 *
 * @param train {@code train_signs.h5}: {@code X_train} (1080, 64, 64, 3), {@code Y_train}
 * @param test {@code test_signs.h5}: {@code X_test} (120, 64, 64, 3), {@code Y_test}, {@code classes}
 */
public record SignsData(SignsDataset train, SignsDataset test) {
    /** Both splits must have the same classes: a loader that reads them checks that first. */
    public SignsData {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
        if (!train.classNames().equals(test.classNames())) {
            throw new IllegalArgumentException("the training classes (" + train.classNames()
                    + ") differ from the test classes (" + test.classNames() + ")");
        }
    }

    /** Both splits with the classes {@code target} ({@link SignsDataset#inClassesOf}). */
    public SignsData inClassesOf(ClassNames target) {
        return new SignsData(train.inClassesOf(target), test.inClassesOf(target));
    }

    /**
     * SIGNS and a photo folder together (or any two datasets): both splits of this data followed by
     * {@code other}'s, with this data's classes then {@code other}'s new ones, matched by name (a
     * folder {@code 2/} adds to SIGNS' class 2, a folder {@code fist/} adds a seventh class).
     */
    public SignsData plus(SignsData other) {
        ClassNames union = classNames().union(other.classNames());
        return new SignsData(
                train.inClassesOf(union).concat(other.train.inClassesOf(union)),
                test.inClassesOf(union).concat(other.test.inClassesOf(union)));
    }

    /** The classes of both splits, in the order of the network's outputs. */
    public ClassNames classNames() {
        return test.classNames();
    }
}
