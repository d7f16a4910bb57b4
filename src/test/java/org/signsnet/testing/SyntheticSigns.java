package org.signsnet.testing;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.DatasetCreationOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small, valid SIGNS directories for robustness tests: {@code train_signs.h5} and
 * {@code test_signs.h5} with uint8 pixels (m, 64, 64, 3), int64 labels and list_classes, written
 * with jhdf. The pixels depend on the label, so a few epochs of training do learn something.
 */
public final class SyntheticSigns {
    private static final DatasetCreationOptions UNSIGNED =
            DatasetCreationOptions.builder().unsigned().build();

    private SyntheticSigns() {}

    /** Writes a data directory with {@code trainM} training and {@code testM} test images. */
    public static Path write(Path dir, int trainM, int testM) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writeSplit(dir.resolve("train_signs.h5"), "train", trainM, 1);
        writeSplit(dir.resolve("test_signs.h5"), "test", testM, 2);
        return dir;
    }

    /** One split file: datasets {split}_set_x, {split}_set_y, list_classes. */
    public static Path writeSplit(Path file, String split, int m, int salt) {
        long[] labels = new long[m];
        for (int i = 0; i < m; i++) {
            labels[i] = (i * 5 + salt) % 6;
        }
        try (WritableHdfFile hdf = HdfFile.write(file)) {
            hdf.putDataset(split + "_set_x", pixels(labels, salt), UNSIGNED);
            hdf.putDataset(split + "_set_y", labels);
            hdf.putDataset("list_classes", new long[] {0, 1, 2, 3, 4, 5});
        }
        return file;
    }

    /** (m, 64, 64, 3) pixels: a label-dependent bright square on a textured background. */
    public static byte[][][][] pixels(long[] labels, int salt) {
        byte[][][][] x = new byte[labels.length][64][64][3];
        for (int i = 0; i < labels.length; i++) {
            int label = (int) labels[i];
            for (int h = 0; h < 64; h++) {
                for (int w = 0; w < 64; w++) {
                    boolean square = h / 16 == label % 4 && w / 16 == label / 2;
                    for (int c = 0; c < 3; c++) {
                        x[i][h][w][c] = (byte) (square ? 200 + c * 20 : (i * 31 + h * 7 + w * 3 + c + salt) % 90);
                    }
                }
            }
        }
        return x;
    }
}
