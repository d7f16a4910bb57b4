package org.signsnet.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.signsnet.ErrorKind;
import org.signsnet.SignsnetException;

/** Every way a SIGNS file can be broken fails with one DATA line naming the file, the dataset and the expectation. */
class SignsDataLoaderErrorTest {
    private final SignsDataLoader loader = new SignsDataLoader();

    @TempDir
    Path dir;

    /** Makes the broken file inside a temporary directory and returns its path. */
    private interface Breakage {
        Path make(Path dir) throws IOException;
    }

    private static Arguments broken(String name, Breakage breakage, String... expectedFragments) {
        return Arguments.of(name, breakage, List.of(expectedFragments));
    }

    private static Breakage tiny(Function<TinySignsFile, TinySignsFile> change) {
        return dir -> change.apply(TinySignsFile.train(4)).write(dir.resolve("train_signs.h5"));
    }

    private static Breakage goodFileThen(Function<byte[], byte[]> change) {
        return dir -> {
            Path good = TinySignsFile.train(4).write(dir.resolve("good.h5"));
            byte[] bytes = change.apply(Files.readAllBytes(good));
            return Files.write(dir.resolve("train_signs.h5"), bytes);
        };
    }

    /** A one-image file whose pixel dataset's header is patched to claim {@code m} images. */
    private static Breakage patchedImageCount(long m) {
        return dir -> Hdf5DimensionPatch.setFirstDimension(
                TinySignsFile.train(1).write(dir.resolve("train_signs.h5")), new long[] {1, 64, 64, 3}, m);
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                broken("missing file", dir -> dir.resolve("train_signs.h5"), "does not exist", "train_set_x"),
                broken(
                        "directory instead of a file",
                        dir -> Files.createDirectory(dir.resolve("train_signs.h5")),
                        "is a directory",
                        "train_set_x"),
                broken(
                        "empty file",
                        dir -> Files.write(dir.resolve("train_signs.h5"), new byte[0]),
                        "is empty (0 bytes)",
                        "HDF5"),
                broken(
                        "garbage bytes",
                        dir -> Files.writeString(dir.resolve("train_signs.h5"), "not hdf5 at all\n".repeat(100)),
                        "is not an HDF5 file",
                        "train_set_x"),
                broken(
                        "truncated file",
                        goodFileThen(bytes -> Arrays.copyOf(bytes, bytes.length / 2)),
                        "is truncated",
                        "bytes"),
                broken(
                        "truncated inside the superblock",
                        goodFileThen(bytes -> Arrays.copyOf(bytes, 20)),
                        "not a valid HDF5 file"),
                broken(
                        "corrupt headers after a valid signature",
                        goodFileThen(SignsDataLoaderErrorTest::scrambleAfterSuperblock),
                        "HDF5"),
                broken(
                        "missing pixel dataset",
                        tiny(t -> t.remove("train_set_x")),
                        "no dataset 'train_set_x'",
                        "(it has: list_classes, train_set_y)",
                        "uint8 images of shape (m, 64, 64, 3)"),
                broken(
                        "missing label dataset",
                        tiny(t -> t.remove("train_set_y")),
                        "no dataset 'train_set_y'",
                        "integer class labels"),
                broken(
                        "pixels of rank 3",
                        tiny(t -> t.putUnsigned("train_set_x", new byte[4][64][64])),
                        "'train_set_x' has shape (4, 64, 64)",
                        "(m, 64, 64, 3)"),
                broken(
                        "pixels 32x32",
                        tiny(t -> t.putUnsigned("train_set_x", new byte[4][32][32][3])),
                        "'train_set_x' has shape (4, 32, 32, 3)",
                        "(m, 64, 64, 3)"),
                broken(
                        "pixels NCHW",
                        tiny(t -> t.putUnsigned("train_set_x", new byte[4][3][64][64])),
                        "'train_set_x' has shape (4, 3, 64, 64)",
                        "(m, 64, 64, 3)"),
                broken(
                        "float32 pixels",
                        tiny(t -> t.put("train_set_x", new float[4][64][64][3])),
                        "'train_set_x' has dtype float32",
                        "expected uint8",
                        "divides by 255 itself"),
                broken(
                        "float64 pixels",
                        tiny(t -> t.put("train_set_x", new double[4][64][64][3])),
                        "'train_set_x' has dtype float64",
                        "expected uint8"),
                broken(
                        "signed int8 pixels",
                        tiny(t -> t.put("train_set_x", new byte[4][64][64][3])),
                        "'train_set_x' has dtype int8",
                        "expected uint8"),
                broken(
                        "int64 pixels",
                        tiny(t -> t.put("train_set_x", new long[4][64][64][3])),
                        "'train_set_x' has dtype int64",
                        "expected uint8"),
                broken(
                        "float labels",
                        tiny(t -> t.put("train_set_y", new double[] {0, 1, 2, 3})),
                        "'train_set_y' has dtype float64",
                        "integer class labels"),
                broken(
                        "labels of shape (m, 2)",
                        tiny(t -> t.put("train_set_y", new long[4][2])),
                        "'train_set_y' has shape (4, 2)",
                        "(m,) or (1, m)"),
                broken(
                        "label 6 outside list_classes",
                        tiny(t -> t.put("train_set_y", new long[] {0, 1, 6, 3})),
                        "'train_set_y' has label 6 at index 2",
                        "[0, 1, 2, 3, 4, 5]"),
                broken(
                        "negative label",
                        tiny(t -> t.put("train_set_y", new long[] {-1, 1, 2, 3})),
                        "'train_set_y' has label -1 at index 0"),
                broken(
                        "more labels than images",
                        tiny(t -> t.put("train_set_y", new long[] {0, 1, 2, 3, 4})),
                        "'train_set_y' has 5 labels but 'train_set_x' has 4 images",
                        "one label per image"),
                broken(
                        "absurdly many labels",
                        tiny(t -> t.put("train_set_y", new long[100_000])),
                        "'train_set_y' has 100000 labels but 'train_set_x' has 4 images"),
                broken("zero images", patchedImageCount(0), "'train_set_x' has 0 images", "1 <= m"),
                broken(
                        "absurdly many images",
                        patchedImageCount(200_000),
                        "'train_set_x' claims 200000 images",
                        "m <= 100000"),
                broken(
                        "list_classes with a class twice",
                        tiny(t -> t.put("list_classes", new long[] {0, 1, 2, 3, 4, 4})),
                        "'list_classes' is [0, 1, 2, 3, 4, 4], with a class twice",
                        "[0, 1, 2, 3, 4, 5]"),
                broken(
                        "list_classes of floats",
                        tiny(t -> t.put("list_classes", new double[] {0, 1, 2, 3, 4, 5})),
                        "'list_classes' has dtype float64 and shape (6,)",
                        "integer dataset"),
                broken(
                        "group named like the pixel dataset",
                        dir -> {
                            Path file = dir.resolve("train_signs.h5");
                            try (var hdf = io.jhdf.HdfFile.write(file)) {
                                hdf.putGroup("train_set_x");
                                hdf.putDataset("train_set_y", new long[] {0});
                            }
                            return file;
                        },
                        "'train_set_x' is a group, not a dataset"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void brokenTrainFileFailsWithOneDataLineNamingFileDatasetAndExpectation(
            String name, Breakage breakage, List<String> expectedFragments) throws IOException {
        Path file = breakage.make(dir);

        SignsnetException e = catchThrowableOfType(SignsnetException.class, () -> loader.loadTrain(file));

        assertThat(e).as("exception for %s", name).isNotNull();
        assertThat(e.kind()).isEqualTo(ErrorKind.DATA);
        assertThat(e.getMessage())
                .contains(file.toString())
                .doesNotContain("\n")
                .doesNotContain("\r");
        for (String fragment : expectedFragments) {
            assertThat(e.getMessage()).contains(fragment);
        }
    }

    @Test
    void unreadableFileIsReportedAsPermissionDenied() throws IOException {
        Path file = TinySignsFile.train(2).write(dir.resolve("train_signs.h5"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(file), "running as root: permissions do not stop reading");

        SignsnetException e = catchThrowableOfType(SignsnetException.class, () -> loader.loadTrain(file));

        assertThat(e.kind()).isEqualTo(ErrorKind.DATA);
        assertThat(e.getMessage()).contains(file.toString()).contains("not readable (permission denied)");
    }

    @Test
    void unreadableFileCheckIsInPlaceEvenWhereRootCanReadEverything() {
        // As root the permission test above is skipped; this checks the same message on a file jhdf never opens.
        SignsnetException e =
                catchThrowableOfType(SignsnetException.class, () -> loader.loadTest(dir.resolve("nothing-here.h5")));

        assertThat(e.getMessage()).contains("nothing-here.h5", "does not exist", "test_set_x", "list_classes");
    }

    /** Keeps the signature and superblock (48 bytes for version 2), then overwrites headers with a pattern. */
    private static byte[] scrambleAfterSuperblock(byte[] bytes) {
        byte[] scrambled = bytes.clone();
        for (int i = 48; i < Math.min(scrambled.length, 600); i++) {
            scrambled[i] = (byte) (i * 31 + 7);
        }
        return scrambled;
    }
}
