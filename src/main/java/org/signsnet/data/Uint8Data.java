package org.signsnet.data;

import java.util.Objects;

/**
 * A training and a test split as uint8 images ({@link Uint8Images}): what {@code signsnet data
 * pack} writes as {@code train_signs.h5} and {@code test_signs.h5}.
 *
 * @param train the training split
 * @param test  the test split, with the same classes
 */
public record Uint8Data(Uint8Images train, Uint8Images test) {
    public Uint8Data {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
        if (!train.classNames().equals(test.classNames())) {
            throw new IllegalArgumentException("the training classes (" + train.classNames()
                    + ") differ from the test classes (" + test.classNames() + ")");
        }
    }

    /** Both splits preprocessed as the notebook's {@code load_dataset()} and {@code X / 255.} leave them. */
    public SignsData toSignsData() {
        return new SignsData(train.toDataset(), test.toDataset());
    }
}
