package org.signsnet.data;

import static org.signsnet.data.SignsFileReader.SIGNS_CLASSES;

import java.nio.file.Path;
import java.util.Objects;
import org.signsnet.SignsnetException;
import org.signsnet.data.SignsFileReader.Classes;

/**
 * The notebook's {@code load_dataset()}: reads {@code train_signs.h5} and {@code test_signs.h5}
 * with jhdf and returns float32 images scaled to [0, 1] with their labels.
 *
 * <p>What a file must hold (anything else fails with a one-line {@link org.signsnet.SignsnetException}
 * of kind DATA naming the file, the dataset and what was expected):
 * <ul>
 *   <li>{@code train_set_x} / {@code test_set_x}: uint8 (only), shape (m, 64, 64, 3),
 *       1 &lt;= m &lt;= {@value SignsFileReader#MAX_IMAGES}; float pixels are refused with a precise
 *       message because the notebook's data is raw uint8 and is divided by 255 here;</li>
 *   <li>{@code train_set_y} / {@code test_set_y}: any HDF5 integer type (int8..int64,
 *       uint8..uint64; the notebook's is int64), shape (m,) or (1, m), one label per image, each
 *       label one of {@code list_classes};</li>
 *   <li>{@code list_classes}: integer (k,), k different class values with 2 &lt;= k &lt;=
 *       {@value SignsFileReader#MAX_CLASSES} ([0, 1, 2, 3, 4, 5] in SIGNS); required in the test
 *       file, optional in the training file (the notebook reads it from the test file only), and
 *       the same in both when both have it;</li>
 *   <li>{@code class_names}: optional strings (k,), the name of each class (a packed photo
 *       folder's labels, {@link SignsPacker}); without it a class is named by its value.</li>
 * </ul>
 * Shapes and dtypes are checked from the dataset headers before any data is loaded.
 */
public final class SignsDataLoader {
    /** The training file's name in a data directory. */
    public static final String TRAIN_FILE = SignsSplit.TRAIN.fileName;
    /** The test file's name in a data directory. */
    public static final String TEST_FILE = SignsSplit.TEST.fileName;

    /**
     * {@code load_dataset()}: both splits from {@code directory/train_signs.h5} and
     * {@code directory/test_signs.h5}.
     */
    public SignsData load(Path directory) {
        Objects.requireNonNull(directory, "directory");
        Path trainFile = directory.resolve(TRAIN_FILE);
        SignsDataset test = loadTest(directory.resolve(TEST_FILE));
        Classes classes = new Classes(test.classes(), test.classNames());
        SignsDataset train = SignsFileReader.read(trainFile, SignsSplit.TRAIN, classes);
        Classes trainClasses = new Classes(train.classes(), train.classNames());
        if (!trainClasses.sameAs(classes)) {
            throw SignsnetException.data(trainFile + ": its classes " + trainClasses + " differ from those of "
                    + test.source() + ", " + classes + "; expected the same list_classes (and class_names) in both");
        }
        return new SignsData(train, test);
    }

    /**
     * {@code X_train_orig / 255.}, {@code Y_train_orig} from a {@code train_signs.h5}-like file; one
     * without {@code list_classes} has SIGNS' classes.
     */
    public SignsDataset loadTrain(Path file) {
        return SignsFileReader.read(Objects.requireNonNull(file, "file"), SignsSplit.TRAIN, SIGNS_CLASSES);
    }

    /** {@code X_test_orig / 255.}, {@code Y_test_orig}, {@code classes} from a {@code test_signs.h5}-like file. */
    public SignsDataset loadTest(Path file) {
        return SignsFileReader.read(Objects.requireNonNull(file, "file"), SignsSplit.TEST, null);
    }
}
