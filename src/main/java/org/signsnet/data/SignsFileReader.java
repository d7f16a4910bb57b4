package org.signsnet.data;

import io.jhdf.api.Dataset;
import io.jhdf.dataset.DatasetBase;
import java.lang.reflect.Array;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Reads and validates one SIGNS split file: {@code {split}_set_x}, {@code {split}_set_y} and
 * {@code list_classes}. All checks on shapes and dtypes happen on the dataset headers before any
 * pixel is loaded.
 */
final class SignsFileReader {
    /** Refuse datasets claiming more images than this (about 4.9 GB as float32). */
    static final int MAX_IMAGES = 100_000;

    private static final long[] NOTEBOOK_CLASSES = {0, 1, 2, 3, 4, 5};
    private static final String PIXELS_EXPECTED = "uint8 images of shape (m, 64, 64, 3) with 1 <= m <= " + MAX_IMAGES;
    private static final String LABELS_EXPECTED = "integer class labels of shape (m,) or (1, m), one per image";
    /** The most classes a file may have (SIGNS has 6). */
    static final int MAX_CLASSES = 1000;

    private static final String CLASSES_EXPECTED = "integer dataset (k,) of 2 <= k <= " + MAX_CLASSES
            + " different class values, e.g. SIGNS' " + Arrays.toString(NOTEBOOK_CLASSES);

    private SignsFileReader() {}

    /** SIGNS' classes: what a training file without {@code list_classes} has when read on its own. */
    static final Classes SIGNS_CLASSES = new Classes(NOTEBOOK_CLASSES, ClassNames.signs());

    /**
     * The values of {@code list_classes} and the names of the classes.
     *
     * @param values {@code list_classes}: the label value of each one-hot column
     * @param names  {@code class_names}, or the values as text
     */
    record Classes(long[] values, ClassNames names) {
        boolean sameAs(Classes other) {
            return Arrays.equals(values, other.values) && names.equals(other.names);
        }

        @Override
        public String toString() {
            return Arrays.toString(values) + (names.isNumbered() ? "" : " (" + names + ")");
        }
    }

    /**
     * Reads {@code file} as {@code split}; a training file without {@code list_classes} takes
     * {@code otherwise}'s.
     */
    static SignsDataset read(Path file, SignsSplit split, Classes otherwise) {
        try (SignsHdf5File hdf = SignsHdf5File.open(file, split.contents())) {
            Dataset x = hdf.dataset(split.images, PIXELS_EXPECTED);
            Dataset y = hdf.dataset(split.labels, LABELS_EXPECTED);
            int m = checkImages(hdf, x);
            int labelCount = checkLabels(hdf, y, split);
            if (labelCount != m) {
                throw hdf.problem(
                        split.labels,
                        "has " + labelCount + " labels but '" + split.images + "' has " + m + " images",
                        "one label per image");
            }
            Classes classes = readClasses(hdf, split, otherwise);
            int[] labels = readLabels(hdf, y, m, classes.values());
            INDArray images = readImages(hdf, x, m);
            return new SignsDataset(images, labels, classes.values(), classes.names(), file);
        }
    }

    /** Validates dtype and shape of the pixel dataset from its header; returns m. */
    private static int checkImages(SignsHdf5File hdf, Dataset x) {
        String name = x.getName();
        int[] dims = hdf.dimensions(x);
        io.jhdf.object.datatype.DataType type = hdf.read(name, x::getDataType);
        if (dims.length != 4
                || dims[1] != SignsDataset.HEIGHT
                || dims[2] != SignsDataset.WIDTH
                || dims[3] != SignsDataset.CHANNELS) {
            throw hdf.problem(name, "has shape " + Hdf5Types.shape(dims), PIXELS_EXPECTED);
        }
        if (dims[0] == 0) {
            throw hdf.problem(name, "has 0 images, shape " + Hdf5Types.shape(dims), PIXELS_EXPECTED);
        }
        if (dims[0] > MAX_IMAGES) {
            throw hdf.problem(name, "claims " + dims[0] + " images", PIXELS_EXPECTED);
        }
        if (!Hdf5Types.isUint8(type)) {
            String hint = Hdf5Types.name(type).startsWith("float")
                    ? " (raw pixels 0-255 as in the original file; signsnet divides by 255 itself, so a pre-scaled"
                            + " float file is not accepted)"
                    : "";
            throw hdf.problem(name, "has dtype " + Hdf5Types.name(type), "uint8" + hint);
        }
        return dims[0];
    }

    /** Validates dtype and shape of the label dataset from its header; returns the label count. */
    private static int checkLabels(SignsHdf5File hdf, Dataset y, SignsSplit split) {
        String name = y.getName();
        int[] dims = hdf.dimensions(y);
        io.jhdf.object.datatype.DataType type = hdf.read(name, y::getDataType);
        boolean vector = dims.length == 1 || (dims.length == 2 && dims[0] == 1);
        if (!vector) {
            throw hdf.problem(name, "has shape " + Hdf5Types.shape(dims), LABELS_EXPECTED);
        }
        if (!Hdf5Types.isInteger(type)) {
            throw hdf.problem(name, "has dtype " + Hdf5Types.name(type), LABELS_EXPECTED + " (int64 in the notebook)");
        }
        return dims[dims.length - 1];
    }

    /**
     * {@code list_classes} and {@code class_names} when the file has them; else, where the split
     * allows that ({@link SignsSplit#classesRequired}), {@code otherwise}.
     */
    private static Classes readClasses(SignsHdf5File hdf, SignsSplit split, Classes otherwise) {
        String name = SignsSplit.CLASSES;
        if (!split.classesRequired && !hdf.has(name)) {
            return otherwise;
        }
        Dataset classes = hdf.dataset(name, CLASSES_EXPECTED);
        int[] dims = hdf.dimensions(classes);
        io.jhdf.object.datatype.DataType type = hdf.read(name, classes::getDataType);
        if (dims.length != 1 || dims[0] < 2 || dims[0] > MAX_CLASSES || !Hdf5Types.isInteger(type)) {
            throw hdf.problem(
                    name,
                    "has dtype " + Hdf5Types.name(type) + " and shape " + Hdf5Types.shape(dims),
                    CLASSES_EXPECTED);
        }
        long[] values = toLongs(hdf.read(name, classes::getDataFlat));
        if (Arrays.stream(values).distinct().count() != values.length) {
            throw hdf.problem(name, "is " + Arrays.toString(values) + ", with a class twice", CLASSES_EXPECTED);
        }
        return new Classes(values, readNames(hdf, values));
    }

    /** {@code class_names} when the file has it (a signsnet-packed photo folder), else the class numbers. */
    private static ClassNames readNames(SignsHdf5File hdf, long[] classes) {
        String name = SignsSplit.CLASS_NAMES;
        if (!hdf.has(name)) {
            return new ClassNames(
                    Arrays.stream(classes).mapToObj(Long::toString).toList());
        }
        String expected = "strings (" + classes.length + ",), one name per entry of list_classes";
        Dataset names = hdf.dataset(name, expected);
        int[] dims = hdf.dimensions(names);
        Object data = hdf.read(name, names::getData);
        if (dims.length != 1 || dims[0] != classes.length || !(data instanceof String[] strings)) {
            throw hdf.problem(
                    name,
                    "has dtype " + Hdf5Types.name(hdf.read(name, names::getDataType)) + " and shape "
                            + Hdf5Types.shape(dims),
                    expected);
        }
        String problem = ClassNames.problem(Arrays.asList(strings));
        if (problem != null) {
            throw hdf.problem(name, "cannot name classes: " + problem, expected);
        }
        return new ClassNames(Arrays.asList(strings));
    }

    /** Reads the labels and maps each to its column in {@code classes}. */
    private static int[] readLabels(SignsHdf5File hdf, Dataset y, int m, long[] classes) {
        String name = y.getName();
        long[] values = toLongs(hdf.read(name, y::getDataFlat));
        int[] labels = new int[m];
        for (int i = 0; i < m; i++) {
            int column = indexOf(classes, values[i]);
            if (column < 0) {
                throw hdf.problem(
                        name,
                        "has label " + values[i] + " at index " + i + ", not in list_classes "
                                + Arrays.toString(classes),
                        "every label to be one of " + Arrays.toString(classes));
            }
            labels[i] = column;
        }
        return labels;
    }

    /** {@code X_orig / 255.} cast to float32 ({@link PixelScaler#images}). */
    private static INDArray readImages(SignsHdf5File hdf, Dataset x, int m) {
        String name = x.getName();
        Object pixels = hdf.read(name, () -> x instanceof DatasetBase base ? base.getDataBuffer() : x.getDataFlat());
        long expected = (long) m * SignsDataset.PIXELS_PER_IMAGE;
        long actual = hdf.read(name, () -> PixelScaler.length(pixels));
        if (actual != expected) {
            throw hdf.problem(
                    name,
                    "holds " + actual + " pixel values for shape (" + m + ", 64, 64, 3)",
                    expected + " values (the file is damaged)");
        }
        return hdf.read(name, () -> PixelScaler.images(pixels, m));
    }

    private static long[] toLongs(Object flat) {
        int length = Array.getLength(flat);
        long[] values = new long[length];
        for (int i = 0; i < length; i++) {
            Object value = Array.get(flat, i);
            values[i] = value instanceof BigInteger big
                    ? big.min(BigInteger.valueOf(Long.MAX_VALUE)).longValue()
                    : ((Number) value).longValue();
        }
        return values;
    }

    private static int indexOf(long[] values, long value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
