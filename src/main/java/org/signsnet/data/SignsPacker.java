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
import org.signsnet.ErrorKind;
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
 * The pixels are stored contiguously, as in the course's files, so that reading them is one copy;
 * jhdf 0.13 writes such a dataset one pixel (3 bytes) at a time, most of the 14 s a pack of SIGNS'
 * 1,200 images takes (chunked storage is no faster to write and much slower to read). Both files are written
 * to temporary files first, read back and compared
 * with what was meant (jhdf calls its writer alpha), and renamed into place only when both are
 * right: the output folder gets both or neither.
 */
public final class SignsPacker {
    private SignsPacker() {}

    /**
     * Writes {@code data} into {@code outDir} (created if needed) as {@code train_signs.h5} and
     * {@code test_signs.h5}, which must not exist yet. Returns the two files.
     */
    public static List<Path> write(Uint8Data data, Path outDir) {
        checkTarget(outDir);
        Path train = outDir.resolve(SignsSplit.TRAIN.fileName);
        Path test = outDir.resolve(SignsSplit.TEST.fileName);
        List<Path> temporaries = new ArrayList<>();
        try {
            Files.createDirectories(outDir);
            Path trainTmp = AtomicFiles.temporarySibling(train);
            temporaries.add(trainTmp);
            Path testTmp = AtomicFiles.temporarySibling(test);
            temporaries.add(testTmp);
            writeSplit(data.train(), SignsSplit.TRAIN, trainTmp);
            writeSplit(data.test(), SignsSplit.TEST, testTmp);
            checkWritten(data.train(), SignsSplit.TRAIN, trainTmp);
            checkWritten(data.test(), SignsSplit.TEST, testTmp);
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

    /** Fails when {@code outDir} already holds {@code train_signs.h5} or {@code test_signs.h5}: pack never overwrites. */
    public static void checkTarget(Path outDir) {
        for (SignsSplit split : SignsSplit.values()) {
            Path file = outDir.resolve(split.fileName);
            if (Files.exists(file)) {
                throw SignsnetException.io(file + " exists; remove it or choose another --out", null);
            }
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

    /** Reads {@code file} back as {@code signsnet} reads data and fails unless it holds {@code images}. */
    private static void checkWritten(Uint8Images images, SignsSplit split, Path file) {
        Uint8Images written = Uint8Images.of(SignsFileReader.read(file, split, null));
        if (!Arrays.equals(written.pixels(), images.pixels())
                || !Arrays.equals(written.labels(), images.labels())
                || !written.classNames().equals(images.classNames())) {
            throw new SignsnetException(
                    ErrorKind.INTERNAL,
                    "the HDF5 file written for " + split.fileName + " does not read back as written");
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
