package org.signsnet.data;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One split of the SIGNS data as the notebook's {@code load_dataset()} plus preprocessing leaves it:
 * {@code X = X_orig / 255.} and {@code Y = convert_to_one_hot(Y_orig, 6).T}.
 *
 * <p>Shape contract: {@code images} is float32 {@code (m, n_H, n_W, n_C) = (m, 64, 64, 3)} in NHWC
 * order with values in [0, 1]; {@code labels} holds m class indices; {@code classes} is the
 * file's {@code list_classes} ({@code [0..5]}); {@link #oneHotLabels()} is float32 {@code (m, 6)}.
 *
 * <p>Why float32: the notebook computes {@code X/255.} in float64 and TensorFlow then casts it to
 * the float32 of its placeholder; the loader does the same ({@code (float) (pixel / 255.0)}), so
 * every value equals numpy's {@code np.float32(pixel / 255.)}.
 *
 * <p>The arrays are defensively copied in and out; {@code images} is shared, not copied: treat it as
 * read-only. As for any record with array components, {@code equals} compares them by reference.
 *
 * @param images float32 (m, 64, 64, 3), pixels / 255
 * @param labels class index of each image, each one of {@code classes}
 * @param classes the {@code list_classes} dataset: the class index of each one-hot column
 * @param source the HDF5 file the split was read from (for messages and provenance)
 */
public record SignsDataset(INDArray images, int[] labels, long[] classes, Path source) {
    /** Image height {@code n_H}. */
    public static final int HEIGHT = 64;
    /** Image width {@code n_W}. */
    public static final int WIDTH = 64;
    /** Colour channels {@code n_C} (RGB). */
    public static final int CHANNELS = 3;
    /** Number of values in one image: 64 * 64 * 3. */
    public static final int PIXELS_PER_IMAGE = HEIGHT * WIDTH * CHANNELS;
    /** SIGNS has six classes, the hand signs for 0 to 5. */
    public static final int NUM_CLASSES = 6;

    /** Checks the shape contract; a violation is a programming error, not a data error. */
    public SignsDataset {
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(classes, "classes");
        Objects.requireNonNull(source, "source");
        long[] shape = images.shape();
        if (shape.length != 4 || shape[1] != HEIGHT || shape[2] != WIDTH || shape[3] != CHANNELS) {
            throw new IllegalArgumentException("images must be (m, 64, 64, 3), got " + Arrays.toString(shape));
        }
        if (images.dataType() != DataType.FLOAT) {
            throw new IllegalArgumentException("images must be float32, got " + images.dataType());
        }
        if (shape[0] != labels.length) {
            throw new IllegalArgumentException(shape[0] + " images but " + labels.length + " labels");
        }
        if (classes.length == 0) {
            throw new IllegalArgumentException("classes must not be empty");
        }
        for (int label : labels) {
            if (label < 0 || label >= classes.length) {
                throw new IllegalArgumentException(
                        "label " + label + " is not a class index in [0, " + classes.length + ")");
            }
        }
        labels = labels.clone();
        classes = classes.clone();
    }

    /** The number of examples m. */
    public int size() {
        return labels.length;
    }

    /** A copy of the class index of every image. */
    @Override
    public int[] labels() {
        return labels.clone();
    }

    /** A copy of {@code list_classes}. */
    @Override
    public long[] classes() {
        return classes.clone();
    }

    /**
     * The notebook's {@code convert_to_one_hot(Y, C).T}: float32 {@code (m, C)} with a single 1 per
     * row, in the column of the image's class, where {@code C = classes().length} (6).
     */
    public INDArray oneHotLabels() {
        int numClasses = classes.length;
        float[] values = new float[labels.length * numClasses];
        for (int i = 0; i < labels.length; i++) {
            values[i * numClasses + labels[i]] = 1f;
        }
        return Nd4j.create(values, new long[] {labels.length, numClasses}, 'c');
    }

    /** An ND4J {@link DataSet}: features = {@link #images()} (m, 64, 64, 3), labels = one-hot (m, 6). */
    public DataSet toDataSet() {
        return new DataSet(images, oneHotLabels());
    }

    /**
     * The examples at {@code indices}, in that order (repeats allowed): the numpy expression
     * {@code X[indices], Y[indices]}.
     *
     * @throws IllegalArgumentException if an index is outside [0, m) or no index is given
     */
    public SignsDataset subset(int[] indices) {
        Rows.checkIndices(indices, size());
        int[] picked = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            picked[i] = labels[indices[i]];
        }
        return new SignsDataset(Rows.gather(images, indices), picked, classes, source);
    }

    @Override
    public String toString() {
        return "SignsDataset[m=" + size() + ", images=" + Arrays.toString(images.shape()) + " " + images.dataType()
                + ", classes=" + Arrays.toString(classes) + ", source=" + source + "]";
    }
}
