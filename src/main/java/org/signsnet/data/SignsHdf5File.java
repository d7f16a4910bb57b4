package org.signsnet.data;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.signsnet.SignsnetException;
import org.signsnet.io.AbsentPaths;
import org.signsnet.io.FailureText;

/**
 * An open SIGNS HDF5 file that turns every way it can be wrong into a one-line
 * {@link SignsnetException} of kind DATA naming the file, the dataset and what was expected.
 *
 * <p>Before handing the file to jhdf it checks that it exists, is a regular readable file, is not
 * empty, starts with the HDF5 signature and is as long as its superblock says (truncation).
 * Whatever jhdf throws afterwards (it has no single exception type for corrupt files) is wrapped.
 */
final class SignsHdf5File implements AutoCloseable {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    private final Path file;
    private final HdfFile hdf;

    private SignsHdf5File(Path file, HdfFile hdf) {
        this.file = file;
        this.hdf = hdf;
    }

    /**
     * Opens {@code file}, which should hold {@code contents} (e.g. "datasets train_set_x,
     * train_set_y"), after the file-level checks.
     */
    static SignsHdf5File open(Path file, String contents) {
        String expected = "expected an HDF5 file with " + contents + " (see data/README.md)";
        if (!Files.exists(file)) {
            throw SignsnetException.data("SIGNS data file " + file + " " + AbsentPaths.why(file) + "; " + expected);
        }
        if (Files.isDirectory(file)) {
            throw SignsnetException.data(file + " is a directory; " + expected);
        }
        if (!Files.isRegularFile(file)) {
            throw SignsnetException.data(file + " is not a regular file; " + expected);
        }
        if (!Files.isReadable(file)) {
            throw SignsnetException.data(file + " is not readable (permission denied); " + expected);
        }
        long size = size(file);
        if (size == 0) {
            throw SignsnetException.data(file + " is empty (0 bytes); " + expected);
        }
        if (!hasSignature(file)) {
            throw SignsnetException.data(
                    file + " is not an HDF5 file (no HDF5 signature in its first " + size + " bytes); " + expected);
        }
        HdfFile hdf = openWithJhdf(file, expected);
        long end = endOfFile(hdf, file, expected);
        if (size < end) {
            hdf.close();
            throw SignsnetException.data(file + " is truncated: " + size + " bytes but its HDF5 superblock says " + end
                    + " (copy or download it again); " + expected);
        }
        return new SignsHdf5File(file, hdf);
    }

    Path file() {
        return file;
    }

    /** True when the root group has a node called {@code name}. */
    boolean has(String name) {
        return read(name, () -> hdf.getChildren().containsKey(name));
    }

    /** The dataset {@code /name}; fails naming what the file does hold and what was expected. */
    Dataset dataset(String name, String expected) {
        Map<String, Node> children = read(name, hdf::getChildren);
        Node node = children.get(name);
        if (node == null) {
            throw SignsnetException.data(file + " has no dataset '" + name + "' (it has: "
                    + (children.isEmpty() ? "nothing" : String.join(", ", new TreeSet<>(children.keySet())))
                    + "); expected " + expected);
        }
        if (!(node instanceof Dataset dataset)) {
            throw SignsnetException.data(file + ": '" + name + "' is a "
                    + node.getType().toString().toLowerCase(Locale.ROOT) + ", not a dataset; expected " + expected);
        }
        return dataset;
    }

    /** The dimensions of {@code dataset}, read without loading its data. */
    int[] dimensions(Dataset dataset) {
        return read(dataset.getName(), () -> dataset.isScalar() ? new int[0] : dataset.getDimensions());
    }

    /**
     * Runs a jhdf read of {@code datasetName}, turning any runtime failure (corrupt headers, bad
     * offsets, unsupported filters) into a DATA error naming the file and the dataset.
     */
    <T> T read(String datasetName, Supplier<T> action) {
        try {
            return action.get();
        } catch (SignsnetException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw SignsnetException.data(
                    file + " is corrupt or unsupported: reading dataset '" + datasetName + "' failed ("
                            + FailureText.of(e) + "); expected a valid HDF5 file (copy or download it again)",
                    e);
        }
    }

    /** A DATA error about {@code datasetName}: "{file}: dataset '{name}' {problem}; expected {expected}". */
    SignsnetException problem(String datasetName, String problem, String expected) {
        return SignsnetException.data(file + ": dataset '" + datasetName + "' " + problem + "; expected " + expected);
    }

    @Override
    public void close() {
        try {
            hdf.close();
        } catch (RuntimeException e) {
            // Closing a read-only file cannot lose data; the read itself already succeeded or failed.
        }
    }

    private static HdfFile openWithJhdf(Path file, String expected) {
        try {
            return new HdfFile(file);
        } catch (RuntimeException | StackOverflowError e) {
            throw SignsnetException.data(
                    file + " is not a valid HDF5 file (" + FailureText.of(e) + "); " + expected, e);
        }
    }

    private static long endOfFile(HdfFile hdf, Path file, String expected) {
        try {
            var superblock = hdf.getHdfBackingStorage().getSuperblock();
            return superblock.getBaseAddressByte() + superblock.getEndOfFileAddress();
        } catch (RuntimeException e) {
            hdf.close();
            throw SignsnetException.data(
                    file + " has a corrupt HDF5 superblock (" + FailureText.of(e) + "); " + expected, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw SignsnetException.data(
                    file + " cannot be read (" + FailureText.of(e) + "); expected a readable HDF5 file", e);
        }
    }

    /** HDF5 looks for its signature at offset 0, 512, 1024, 2048, ... (after a user block). */
    private static boolean hasSignature(Path file) {
        byte[] head = new byte[SIGNATURE.length];
        try (InputStream in = Files.newInputStream(file)) {
            long position = 0;
            for (long offset = 0; ; offset = offset == 0 ? 512 : offset * 2) {
                position += in.skip(offset - position);
                if (position != offset || in.readNBytes(head, 0, head.length) != head.length) {
                    return false;
                }
                position += head.length;
                if (Arrays.equals(head, SIGNATURE)) {
                    return true;
                }
            }
        } catch (IOException e) {
            throw SignsnetException.data(
                    file + " cannot be read (" + FailureText.of(e) + "); expected a readable HDF5 file", e);
        }
    }
}
