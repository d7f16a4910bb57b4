package org.signsnet.data;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.DatasetCreationOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.signsnet.SignsnetException;
import org.signsnet.io.AtomicFiles;

/**
 * {@code signsnet data pack}: writes images as the notebook's HDF5 files, with jhdf's writer, so
 * that the notebooks' {@code load_dataset()} and every signsnet command read them unchanged. Per
 * split ({@code train_signs.h5}, {@code test_signs.h5}):
 * <ul>
 *   <li>{@code {split}_set_x}: uint8 (m, 64, 64, 3);</li>
 *   <li>{@code {split}_set_y}: int64 (m,), each image's class, an entry of {@code list_classes};</li>
 *   <li>{@code list_classes}: int64 (k,) = [0, 1, ..., k - 1], as SIGNS' [0, ..., 5];</li>
 *   <li>{@code class_names}: strings (k,), the name of each class (the class folders' names).</li>
 * </ul>
 * Both files are written to temporary files first and renamed into place only when both are
 * complete: the output folder gets both or neither.
 */
public final class SignsPacker {
    private SignsPacker() {}

    /**
     * Writes {@code data} into {@code outDir} (created if needed) as {@code train_signs.h5} and
     * {@code test_signs.h5}, which must not exist yet. Returns the two files.
     */
    public static List<Path> write(Uint8Data data, Path outDir) {
        Path train = outDir.resolve(SignsSplit.TRAIN.fileName);
        Path test = outDir.resolve(SignsSplit.TEST.fileName);
        for (Path file : List.of(train, test)) {
            if (Files.exists(file)) {
                throw SignsnetException.io(file + " exists; remove it or choose another --out", null);
            }
        }
        List<Path> temporaries = new ArrayList<>();
        try {
            Files.createDirectories(outDir);
            Path trainTmp = AtomicFiles.temporarySibling(train);
            temporaries.add(trainTmp);
            Path testTmp = AtomicFiles.temporarySibling(test);
            temporaries.add(testTmp);
            writeSplit(data.train(), SignsSplit.TRAIN, trainTmp);
            writeSplit(data.test(), SignsSplit.TEST, testTmp);
            AtomicFiles.moveIntoPlace(trainTmp, train);
            AtomicFiles.moveIntoPlace(testTmp, test);
            return List.of(train, test);
        } catch (IOException | RuntimeException e) {
            if (e instanceof SignsnetException signsnet) {
                throw signsnet;
            }
            throw SignsnetException.io(
                    "cannot write " + train + " and " + test + " ("
                            + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                            + ")",
                    e);
        } finally {
            temporaries.forEach(AtomicFiles::deleteQuietly);
        }
    }

    private static void writeSplit(Uint8Images images, SignsSplit split, Path file) {
        try (WritableHdfFile hdf = HdfFile.write(file)) {
            hdf.putDataset(
                    split.images,
                    nested(images),
                    DatasetCreationOptions.builder().unsigned().build());
            hdf.putDataset(
                    split.labels, Arrays.stream(images.labels()).asLongStream().toArray());
            hdf.putDataset(
                    SignsSplit.CLASSES,
                    LongStream.range(0, images.classNames().size()).toArray());
            hdf.putDataset(SignsSplit.CLASS_NAMES, images.classNames().names().toArray(new String[0]));
        }
    }

    /** The pixels as jhdf's writer takes a (m, 64, 64, 3) dataset: nested Java arrays. */
    private static byte[][][][] nested(Uint8Images images) {
        byte[][][][] x = new byte[images.size()][SignsDataset.HEIGHT][SignsDataset.WIDTH][SignsDataset.CHANNELS];
        byte[] pixels = images.pixels();
        int i = 0;
        for (byte[][][] image : x) {
            for (byte[][] row : image) {
                for (byte[] pixel : row) {
                    System.arraycopy(pixels, i, pixel, 0, SignsDataset.CHANNELS);
                    i += SignsDataset.CHANNELS;
                }
            }
        }
        return x;
    }
}
