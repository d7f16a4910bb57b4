package org.signsnet.data;

import io.jhdf.api.Dataset;
import io.jhdf.dataset.DatasetBase;
import java.lang.reflect.Array;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Reads and validates one SIGNS split file: {@code {split}_set_x}, {@code {split}_set_y} and
 * {@code list_classes}. All checks on shapes and dtypes happen on the dataset headers before any
 * pixel is loaded.
 */
final class SignsFileReader {
    /** Refuse datasets claiming more images than this (about 4.9 GB as float32). */
    static final int MAX_IMAGES = 100_000;

    private static final int BLOCK = 128;
    private static final long[] NOTEBOOK_CLASSES = {0, 1, 2, 3, 4, 5};
    private static final String PIXELS_EXPECTED = "uint8 images of shape (m, 64, 64, 3) with 1 <= m <= " + MAX_IMAGES;
    private static final String LABELS_EXPECTED = "integer class labels of shape (m,) or (1, m), one per image";
    private static final String CLASSES_EXPECTED =
            "integer dataset " + Arrays.toString(NOTEBOOK_CLASSES) + " (the six SIGNS classes)";

    private SignsFileReader() {}

    static SignsDataset read(Path file, SignsSplit split) {
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
            long[] classes = readClasses(hdf, split);
            int[] labels = readLabels(hdf, y, m, classes);
            INDArray images = readImages(hdf, x, m);
            return new SignsDataset(images, labels, classes, file);
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

    private static long[] readClasses(SignsHdf5File hdf, SignsSplit split) {
        String name = SignsSplit.CLASSES;
        if (!split.classesRequired && !hdf.has(name)) {
            return NOTEBOOK_CLASSES.clone();
        }
        Dataset classes = hdf.dataset(name, CLASSES_EXPECTED);
        int[] dims = hdf.dimensions(classes);
        io.jhdf.object.datatype.DataType type = hdf.read(name, classes::getDataType);
        if (dims.length != 1 || dims[0] != NOTEBOOK_CLASSES.length || !Hdf5Types.isInteger(type)) {
            throw hdf.problem(
                    name,
                    "has dtype " + Hdf5Types.name(type) + " and shape " + Hdf5Types.shape(dims),
                    CLASSES_EXPECTED);
        }
        long[] values = toLongs(hdf.read(name, classes::getDataFlat));
        if (!Arrays.equals(values, NOTEBOOK_CLASSES)) {
            throw hdf.problem(name, "is " + Arrays.toString(values), CLASSES_EXPECTED);
        }
        return values;
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

    /**
     * {@code X_orig / 255.} cast to float32 (see {@link PixelScaler}), copied into the ND4J array in
     * blocks of {@value #BLOCK} images so that only one block of floats is on the Java heap.
     */
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
        INDArray images =
                Nd4j.create(DataType.FLOAT, m, SignsDataset.HEIGHT, SignsDataset.WIDTH, SignsDataset.CHANNELS);
        for (int start = 0; start < m; start += BLOCK) {
            int count = Math.min(BLOCK, m - start);
            float[] scaled = new float[count * SignsDataset.PIXELS_PER_IMAGE];
            int from = start * SignsDataset.PIXELS_PER_IMAGE;
            hdf.read(name, () -> PixelScaler.scaleInto(pixels, from, scaled));
            images.get(
                            NDArrayIndex.interval(start, start + count),
                            NDArrayIndex.all(),
                            NDArrayIndex.all(),
                            NDArrayIndex.all())
                    .assign(Nd4j.create(
                            scaled,
                            new long[] {count, SignsDataset.HEIGHT, SignsDataset.WIDTH, SignsDataset.CHANNELS},
                            'c'));
        }
        return images;
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
