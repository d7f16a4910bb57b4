package org.signsnet.data;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.signsnet.SignsnetException;

/**
 * One split of the SIGNS data as the notebook's {@code load_dataset()} plus preprocessing leaves it:
 * {@code X = X_orig / 255.} and {@code Y = convert_to_one_hot(Y_orig, 6).T}.
 *
 * <p>Shape contract: {@code images} is float32 {@code (m, n_H, n_W, n_C) = (m, 64, 64, 3)} in NHWC
 * order with values in [0, 1]; {@code labels} holds m class indices; {@code classes} is the
 * file's {@code list_classes} ({@code [0..5]} in SIGNS); {@link #oneHotLabels()} is float32
 * {@code (m, C)}, one column per class (C = 6 for SIGNS).
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
 * @param classNames the name of each class, one per entry of {@code classes}
 * @param source the HDF5 file or the photo folder the split was read from (for messages and provenance)
 */
public record SignsDataset(INDArray images, int[] labels, long[] classes, ClassNames classNames, Path source) {
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
        Objects.requireNonNull(classNames, "classNames");
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
        if (classNames.size() != classes.length) {
            throw new IllegalArgumentException(
                    classes.length + " classes but " + classNames.size() + " class names: " + classNames);
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

    /** A split whose classes are named by their {@code list_classes} values: SIGNS' "0" to "5". */
    public SignsDataset(INDArray images, int[] labels, long[] classes, Path source) {
        this(images, labels, classes, namesOf(classes), source);
    }

    private static ClassNames namesOf(long[] classes) {
        return new ClassNames(Arrays.stream(classes).mapToObj(Long::toString).toList());
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

    /** An ND4J {@link DataSet}: features = {@link #images()} (m, 64, 64, 3), labels = one-hot (m, C). */
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
        return new SignsDataset(Rows.gather(images, indices), picked, classes, classNames, source);
    }

    /**
     * The same images with the classes {@code target} (a model's): each label moves to the class of
     * the same name there. A class of this split that {@code target} lacks is a DATA error.
     */
    public SignsDataset inClassesOf(ClassNames target) {
        if (target.equals(classNames)) {
            return this;
        }
        int[] moved = target.indicesOf(classNames);
        for (int c = 0; c < moved.length; c++) {
            if (moved[c] < 0) {
                throw SignsnetException.data("the class '" + classNames.name(c) + "' of " + source
                        + " is not one of the model's classes (" + target + ")");
            }
        }
        int[] relabelled = Arrays.stream(labels).map(label -> moved[label]).toArray();
        long[] values = LongStream.range(0, target.size()).toArray();
        return new SignsDataset(images, relabelled, values, target, source);
    }

    /**
     * This split's images, then {@code other}'s, which must have the same classes; the source is
     * named after both ({@code train_signs.h5+hands}).
     */
    public SignsDataset concat(SignsDataset other) {
        if (!other.classNames.equals(classNames)) {
            throw new IllegalArgumentException("classes " + classNames + " and " + other.classNames + " differ");
        }
        int[] both = IntStream.concat(Arrays.stream(labels), Arrays.stream(other.labels))
                .toArray();
        Path named = Path.of(source.getFileName() + "+" + other.source.getFileName());
        return new SignsDataset(Nd4j.concat(0, images, other.images), both, classes, classNames, named);
    }

    @Override
    public String toString() {
        return "SignsDataset[m=" + size() + ", images=" + Arrays.toString(images.shape()) + " " + images.dataType()
                + ", classes=" + Arrays.toString(classes) + " (" + classNames + "), source=" + source + "]";
    }
}
