package org.signsnet.data;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.DatasetCreationOptions;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes small SIGNS-like HDF5 files with jhdf's writer for tests. Starts as a valid file of
 * {@code m} images (pixels uint8 from {@link #pixel(int, int, int, int)}, labels {@code i % 6} as
 * int64, {@code list_classes} [0..5]); {@link #put} and {@link #remove} break it on purpose.
 */
final class TinySignsFile {
    private static final DatasetCreationOptions UNSIGNED =
            DatasetCreationOptions.builder().unsigned().build();

    private final SignsSplit split;
    private final Map<String, Object> datasets = new LinkedHashMap<>();
    private final Map<String, DatasetCreationOptions> options = new LinkedHashMap<>();

    private TinySignsFile(SignsSplit split, int m) {
        this.split = split;
        long[] labels = new long[m];
        for (int i = 0; i < m; i++) {
            labels[i] = i % 6;
        }
        putUnsigned(split.images, pixels(m));
        put(split.labels, labels);
        put(SignsSplit.CLASSES, new long[] {0, 1, 2, 3, 4, 5});
    }

    static TinySignsFile train(int m) {
        return new TinySignsFile(SignsSplit.TRAIN, m);
    }

    static TinySignsFile test(int m) {
        return new TinySignsFile(SignsSplit.TEST, m);
    }

    /** The uint8 value of image i at (h, w, c): covers 0 and 255 and differs between images. */
    static int pixel(int i, int h, int w, int c) {
        return (i * 37 + h * 64 * 3 + w * 3 + c) % 256;
    }

    /** (m, 64, 64, 3) pixels as Java bytes holding the uint8 bit patterns. */
    static byte[][][][] pixels(int m) {
        byte[][][][] x = new byte[m][64][64][3];
        for (int i = 0; i < m; i++) {
            for (int h = 0; h < 64; h++) {
                for (int w = 0; w < 64; w++) {
                    for (int c = 0; c < 3; c++) {
                        x[i][h][w][c] = (byte) pixel(i, h, w, c);
                    }
                }
            }
        }
        return x;
    }

    String imagesName() {
        return split.images;
    }

    String labelsName() {
        return split.labels;
    }

    /** Replaces or adds a dataset written with jhdf's default (signed for integers) type. */
    TinySignsFile put(String name, Object data) {
        return put(name, data, DatasetCreationOptions.DEFAULT);
    }

    /** Replaces or adds a dataset written with the given jhdf options (unsigned, chunked, deflate). */
    TinySignsFile put(String name, Object data, DatasetCreationOptions creation) {
        datasets.put(name, data);
        options.put(name, creation);
        return this;
    }

    /** Replaces or adds an integer dataset written as unsigned (uint8 for a byte array). */
    TinySignsFile putUnsigned(String name, Object data) {
        return put(name, data, UNSIGNED);
    }

    TinySignsFile remove(String name) {
        datasets.remove(name);
        options.remove(name);
        return this;
    }

    /** Writes the file and returns its path. */
    Path write(Path file) {
        try (WritableHdfFile hdf = HdfFile.write(file)) {
            datasets.forEach((name, data) -> hdf.putDataset(name, data, options.get(name)));
        }
        return file;
    }
}
