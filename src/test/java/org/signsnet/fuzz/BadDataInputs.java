package org.signsnet.fuzz;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.api.WritableGroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.signsnet.testing.SyntheticSigns;

/**
 * Bad SIGNS data directories: truncated and bit-flipped HDF5 files, wrong dtypes, ranks and sizes
 * written with jhdf, and file-system oddities (directories, FIFOs, links, permissions).
 */
final class BadDataInputs {
    static final int TRAIN_M = 4;
    static final int TEST_M = 2;
    private static final Set<Integer> DATA_OR_OK = Set.of(0, 3);
    private static final Set<Integer> DATA = Set.of(3);
    private static final DatasetCreationOptions UNSIGNED =
            DatasetCreationOptions.builder().unsigned().build();

    private final byte[] train;
    private final byte[] test;
    private final int pixelStart;
    private final int pixelEnd;
    private final Random random;

    BadDataInputs(Path scratch, long seed) throws IOException {
        train = Files.readAllBytes(SyntheticSigns.writeSplit(scratch.resolve("train.h5"), "train", TRAIN_M, 1));
        test = Files.readAllBytes(SyntheticSigns.writeSplit(scratch.resolve("test.h5"), "test", TEST_M, 2));
        byte[] firstRow = new byte[64 * 3];
        System.arraycopy(flatten(SyntheticSigns.pixels(new long[] {1}, 1)[0][0]), 0, firstRow, 0, firstRow.length);
        pixelStart = Bytes.indexOf(train, firstRow);
        pixelEnd = pixelStart + TRAIN_M * 64 * 64 * 3;
        if (pixelStart < 0) {
            throw new IllegalStateException("pixel data not found in the synthetic file");
        }
        random = new Random(seed);
    }

    /** The arguments of a one-epoch training run on {@code data}, writing into {@code caseDir/out}. */
    static String[] train(Path caseDir, Path data) {
        return new String[] {
            "train",
            "--data",
            data.toString(),
            "--out",
            caseDir.resolve("out").toString(),
            "--epochs",
            "1",
            "--batch-size",
            "4"
        };
    }

    List<FuzzCase> all() {
        List<FuzzCase> cases = new ArrayList<>();
        truncations(cases);
        headerFlips(cases, 120);
        pixelFlips(cases, 4);
        structural(cases);
        fileSystem(cases);
        return cases;
    }

    private void truncations(List<FuzzCase> cases) {
        List<Integer> lengths = new ArrayList<>(List.of(
                0,
                1,
                4,
                7,
                8,
                9,
                16,
                40,
                47,
                48,
                96,
                200,
                511,
                512,
                1024,
                2047,
                pixelStart,
                pixelStart + 1,
                pixelEnd - 1,
                pixelEnd,
                train.length - 1));
        for (int i = 0; i < 60; i++) {
            lengths.add(random.nextInt(train.length));
        }
        for (int length : lengths) {
            byte[] bytes = Bytes.truncate(train, length);
            cases.add(dataCase("hdf5-truncated", "train file cut at " + length, DATA, bytes, test));
        }
        for (int length : List.of(0, 100, test.length / 2, test.length - 1)) {
            cases.add(dataCase(
                    "hdf5-truncated", "test file cut at " + length, DATA, train, Bytes.truncate(test, length)));
        }
    }

    /** Flips in the headers and the labels (everything but the pixels, which would stay valid). */
    private void headerFlips(List<FuzzCase> cases, int count) {
        int outside = train.length - (pixelEnd - pixelStart);
        for (int i = 0; i < count; i++) {
            int n = 1 + random.nextInt(3);
            int[] positions = new int[n];
            int[] masks = new int[n];
            for (int j = 0; j < n; j++) {
                int p = random.nextInt(outside);
                positions[j] = p < pixelStart ? p : p + (pixelEnd - pixelStart);
                masks[j] = 1 + random.nextInt(255);
            }
            byte[] bytes = Bytes.flip(train, positions, masks);
            cases.add(dataCase(
                    "hdf5-flipped",
                    "train file, bytes " + Arrays.toString(positions) + " flipped",
                    DATA_OR_OK,
                    bytes,
                    test));
        }
        for (int i = 0; i < 10; i++) {
            int p = random.nextInt(test.length);
            cases.add(dataCase(
                    "hdf5-flipped",
                    "test file, byte " + p + " flipped",
                    DATA_OR_OK,
                    train,
                    Bytes.flip(test, new int[] {p}, new int[] {1 + random.nextInt(255)})));
        }
    }

    private void pixelFlips(List<FuzzCase> cases, int count) {
        for (int i = 0; i < count; i++) {
            int p = pixelStart + random.nextInt(pixelEnd - pixelStart);
            cases.add(dataCase(
                    "hdf5-flipped",
                    "pixel byte " + p + " flipped (still valid)",
                    DATA_OR_OK,
                    Bytes.flip(train, new int[] {p}, new int[] {0xff}),
                    test));
        }
    }

    private void structural(List<FuzzCase> cases) {
        long[] labels = {0, 1, 2, 3};
        byte[][][][] pixels = SyntheticSigns.pixels(labels, 1);
        structure(cases, "float32 pixels", DATA, h -> {
            h.putDataset("train_set_x", floats(TRAIN_M, 0.5f));
            h.putDataset("train_set_y", labels);
        });
        structure(cases, "float64 pixels", DATA, h -> {
            h.putDataset("train_set_x", new double[TRAIN_M][64][64][3]);
            h.putDataset("train_set_y", labels);
        });
        for (float bad : new float[] {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 1e30f}) {
            structure(cases, "float pixels " + bad, DATA, h -> {
                h.putDataset("train_set_x", floats(TRAIN_M, bad));
                h.putDataset("train_set_y", labels);
            });
        }
        structure(cases, "int32 labels (accepted)", Set.of(0), h -> {
            h.putDataset("train_set_x", pixels, UNSIGNED);
            h.putDataset("train_set_y", new int[] {0, 1, 2, 3});
        });
        structure(cases, "uint8 labels (accepted)", Set.of(0), h -> {
            h.putDataset("train_set_x", pixels, UNSIGNED);
            h.putDataset("train_set_y", new byte[] {0, 1, 2, 3}, UNSIGNED);
        });
        structure(cases, "float labels", DATA, h -> {
            h.putDataset("train_set_x", pixels, UNSIGNED);
            h.putDataset("train_set_y", new double[] {0, 1, 2, 3});
        });
        structure(cases, "string labels", DATA, h -> {
            h.putDataset("train_set_x", pixels, UNSIGNED);
            h.putDataset("train_set_y", new String[] {"a", "b", "c", "d"});
        });
        structure(cases, "string pixels", DATA, h -> {
            h.putDataset("train_set_x", new String[] {"x", "y", "z", "w"});
            h.putDataset("train_set_y", labels);
        });
        structure(cases, "int8 (signed) pixels", DATA, h -> {
            h.putDataset("train_set_x", pixels);
            h.putDataset("train_set_y", labels);
        });
        structure(cases, "int16 pixels", DATA, h -> {
            h.putDataset("train_set_x", new short[TRAIN_M][64][64][3]);
            h.putDataset("train_set_y", labels);
        });
        structure(cases, "pixels rank 1", DATA, h -> {
            h.putDataset("train_set_x", new byte[TRAIN_M * 64 * 64 * 3], UNSIGNED);
            h.putDataset("train_set_y", labels);
        });
        structure(cases, "pixels rank 3", DATA, h -> {
            h.putDataset("train_set_x", new byte[TRAIN_M][64][192], UNSIGNED);
            h.putDataset("train_set_y", labels);
        });
        structure(cases, "pixels rank 5", DATA, h -> {
            h.putDataset("train_set_x", new byte[1][TRAIN_M][64][64][3], UNSIGNED);
            h.putDataset("train_set_y", labels);
        });
        structure(cases, "pixels 3x64x64 (channels first)", DATA, h -> {
            h.putDataset("train_set_x", new byte[TRAIN_M][3][64][64], UNSIGNED);
            h.putDataset("train_set_y", labels);
        });
        structure(cases, "pixels 65x64x3", DATA, h -> {
            h.putDataset("train_set_x", new byte[TRAIN_M][65][64][3], UNSIGNED);
            h.putDataset("train_set_y", labels);
        });
        structure(cases, "pixels 64x64x4", DATA, h -> {
            h.putDataset("train_set_x", new byte[TRAIN_M][64][64][4], UNSIGNED);
            h.putDataset("train_set_y", labels);
        });
        for (long claimed : new long[] {0, 2, 200_000, Integer.MAX_VALUE}) {
            cases.add(FuzzCase.of("hdf5-structure", "1 image, header claims " + claimed, DATA, dir -> {
                Path data = writeData(dir, null, test);
                org.signsnet.data.PatchedSignsFiles.trainClaimingImages(data.resolve("train_signs.h5"), claimed);
                return train(dir, data);
            }));
        }
        structure(cases, "100k labels for 4 images", DATA, h -> {
            h.putDataset("train_set_x", pixels, UNSIGNED);
            h.putDataset("train_set_y", new long[100_000]);
        });
        structure(cases, "5 labels for 4 images", DATA, h -> {
            h.putDataset("train_set_x", pixels, UNSIGNED);
            h.putDataset("train_set_y", new long[] {0, 1, 2, 3, 4});
        });
        structure(cases, "labels (2, 4)", DATA, h -> {
            h.putDataset("train_set_x", pixels, UNSIGNED);
            h.putDataset("train_set_y", new long[][] {{0, 1, 2, 3}, {0, 1, 2, 3}});
        });
        structure(cases, "labels (1, 4) (accepted)", Set.of(0), h -> {
            h.putDataset("train_set_x", pixels, UNSIGNED);
            h.putDataset("train_set_y", new long[][] {{0, 1, 2, 3}});
        });
        structure(cases, "labels (4, 1)", DATA, h -> {
            h.putDataset("train_set_x", pixels, UNSIGNED);
            h.putDataset("train_set_y", new long[][] {{0}, {1}, {2}, {3}});
        });
        for (long bad : new long[] {-1, 6, 255, Long.MAX_VALUE, Long.MIN_VALUE}) {
            structure(cases, "label " + bad, DATA, h -> {
                h.putDataset("train_set_x", pixels, UNSIGNED);
                h.putDataset("train_set_y", new long[] {0, 1, bad, 3});
            });
        }
        structure(cases, "no pixel dataset", DATA, h -> h.putDataset("train_set_y", labels));
        structure(cases, "no label dataset", DATA, h -> h.putDataset("train_set_x", pixels, UNSIGNED));
        structure(cases, "nothing inside", DATA, h -> {});
        structure(cases, "pixels is a group", DATA, h -> {
            WritableGroup group = h.putGroup("train_set_x");
            group.putDataset("inner", pixels, UNSIGNED);
            h.putDataset("train_set_y", labels);
        });
        structure(cases, "labels is a group", DATA, h -> {
            h.putDataset("train_set_x", pixels, UNSIGNED);
            h.putGroup("train_set_y");
        });
        structure(cases, "list_classes [0..4]", DATA, h -> {
            h.putDataset("train_set_x", pixels, UNSIGNED);
            h.putDataset("train_set_y", labels);
            h.putDataset("list_classes", new long[] {0, 1, 2, 3, 4});
        });
        structure(cases, "list_classes strings", DATA, h -> {
            h.putDataset("train_set_x", pixels, UNSIGNED);
            h.putDataset("train_set_y", labels);
            h.putDataset("list_classes", new String[] {"0", "1", "2", "3", "4", "5"});
        });
        structure(cases, "extra datasets (accepted)", Set.of(0), h -> {
            h.putDataset("train_set_x", pixels, UNSIGNED);
            h.putDataset("train_set_y", labels);
            h.putDataset("notes", new String[] {"hello"});
            h.putDataset("more", new double[] {1, 2, 3});
        });
        structure(cases, "datasets inside a group only", DATA, h -> {
            WritableGroup group = h.putGroup("data");
            group.putDataset("train_set_x", pixels, UNSIGNED);
            group.putDataset("train_set_y", labels);
        });
        cases.add(FuzzCase.of("hdf5-structure", "test file without list_classes", DATA, dir -> {
            Path data = writeData(dir, train, null);
            try (WritableHdfFile hdf = HdfFile.write(data.resolve("test_signs.h5"))) {
                hdf.putDataset("test_set_x", SyntheticSigns.pixels(new long[] {0, 1}, 2), UNSIGNED);
                hdf.putDataset("test_set_y", new long[] {0, 1});
            }
            return train(dir, data);
        }));
        cases.add(FuzzCase.of("hdf5-structure", "train and test files swapped", DATA, dir -> {
            Path data = writeData(dir, test, train);
            return train(dir, data);
        }));
        cases.add(FuzzCase.of("hdf5-structure", "a PNG renamed to .h5", DATA, dir -> {
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
            return train(dir, writeData(dir, png, test));
        }));
        cases.add(FuzzCase.of(
                "hdf5-structure",
                "a zip renamed to .h5",
                DATA,
                dir -> train(dir, writeData(dir, Bytes.writeZip(Map.of("a.txt", new byte[10])), test))));
        cases.add(FuzzCase.of("hdf5-structure", "HDF5 signature then zeros", DATA, dir -> {
            byte[] bytes = new byte[4096];
            System.arraycopy(train, 0, bytes, 0, 8);
            return train(dir, writeData(dir, bytes, test));
        }));
        cases.add(FuzzCase.of("hdf5-structure", "HDF5 signature at 512 after garbage", DATA, dir -> {
            byte[] bytes = new byte[4096];
            System.arraycopy(train, 0, bytes, 512, 8);
            return train(dir, writeData(dir, bytes, test));
        }));
    }

    private void fileSystem(List<FuzzCase> cases) {
        cases.add(FuzzCase.of("filesystem", "data directory missing", DATA, dir -> train(dir, dir.resolve("nowhere"))));
        cases.add(FuzzCase.of(
                "filesystem",
                "data directory is a file",
                DATA,
                dir -> train(dir, Bytes.write(dir.resolve("file"), train))));
        cases.add(FuzzCase.of(
                "filesystem",
                "empty data directory",
                DATA,
                dir -> train(dir, Files.createDirectories(dir.resolve("data")))));
        cases.add(FuzzCase.of("filesystem", "train file missing", DATA, dir -> {
            Path data = writeData(dir, train, test);
            Files.delete(data.resolve("train_signs.h5"));
            return train(dir, data);
        }));
        cases.add(FuzzCase.of("filesystem", "test file missing", DATA, dir -> train(dir, writeData(dir, train, null))));
        cases.add(FuzzCase.of("filesystem", "train file is a directory", DATA, dir -> {
            Path data = writeData(dir, null, test);
            Files.createDirectories(data.resolve("train_signs.h5"));
            return train(dir, data);
        }));
        cases.add(FuzzCase.of("filesystem", "train file is a dangling link", DATA, dir -> {
            Path data = writeData(dir, null, test);
            Files.createSymbolicLink(data.resolve("train_signs.h5"), dir.resolve("missing"));
            return train(dir, data);
        }));
        cases.add(FuzzCase.of("filesystem", "train file is a link loop", DATA, dir -> {
            Path data = writeData(dir, null, test);
            Files.createSymbolicLink(data.resolve("train_signs.h5"), data.resolve("train_signs.h5"));
            return train(dir, data);
        }));
        cases.add(FuzzCase.of("filesystem", "train file is /dev/zero", DATA, dir -> {
            Path data = writeData(dir, null, test);
            Files.createSymbolicLink(data.resolve("train_signs.h5"), Path.of("/dev/zero"));
            return train(dir, data);
        }));
        cases.add(FuzzCase.of("filesystem", "train file is a FIFO", DATA, dir -> {
            Path data = writeData(dir, null, test);
            mkfifo(data.resolve("train_signs.h5"));
            return train(dir, data);
        }));
        cases.add(FuzzCase.of("filesystem", "train file mode 000 (root still reads it)", Set.of(0, 3), dir -> {
            Path data = writeData(dir, train, test);
            Files.setPosixFilePermissions(data.resolve("train_signs.h5"), PosixFilePermissions.fromString("---------"));
            return train(dir, data);
        }));
        cases.add(FuzzCase.of("filesystem", "data directory mode 000 (root still reads it)", Set.of(0, 3), dir -> {
            Path data = writeData(dir, train, test);
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("---------"));
            return train(dir, data);
        }));
        cases.add(FuzzCase.of("filesystem", "data directory is a link loop", DATA, dir -> {
                    Path loop = dir.resolve("loop");
                    Files.createSymbolicLink(loop, loop.getFileName());
                    return train(dir, loop);
                })
                .expecting("is a symbolic link loop"));
        cases.add(FuzzCase.of("filesystem", "--out is empty", Set.of(2), dir -> {
                    String[] args = train(dir, writeData(dir, train, test));
                    args[4] = "";
                    return args;
                })
                .expecting("empty path"));
        for (String threads : new String[] {"0", "999", "-3"}) {
            cases.add(FuzzCase.of("arguments", "--threads " + threads, Set.of(2), dir -> {
                        List<String> args = new ArrayList<>(List.of(train(dir, writeData(dir, train, test))));
                        args.addAll(List.of("--threads", threads));
                        return args.toArray(String[]::new);
                    })
                    .expecting("--threads must be in [1, 256], got " + threads));
        }
        cases.add(FuzzCase.of("filesystem", "--out is a file", Set.of(5), dir -> {
            String[] args = train(dir, writeData(dir, train, test));
            Bytes.write(dir.resolve("out"), new byte[] {1});
            return args;
        }));
        cases.add(FuzzCase.of("filesystem", "--out below a file", Set.of(5), dir -> {
            String[] args = train(dir, writeData(dir, train, test));
            Bytes.write(dir.resolve("blocker"), new byte[] {1});
            args[4] = dir.resolve("blocker/out").toString();
            return args;
        }));
        cases.add(FuzzCase.of("filesystem", "--out inside /proc", Set.of(5), dir -> {
            String[] args = train(dir, writeData(dir, train, test));
            args[4] = "/proc/version/signsnet-out";
            return args;
        }));
        cases.add(FuzzCase.of("filesystem", "--out/cost.png is a directory", Set.of(5), dir -> {
            String[] args = train(dir, writeData(dir, train, test));
            Files.createDirectories(dir.resolve("out/cost.png/inside"));
            return args;
        }));
        cases.add(FuzzCase.of("filesystem", "--out/checkpoints is a file", Set.of(5), dir -> {
            String[] args = train(dir, writeData(dir, train, test));
            Bytes.write(dir.resolve("out/checkpoints"), new byte[] {1});
            return args;
        }));
    }

    private FuzzCase dataCase(String family, String name, Set<Integer> allowed, byte[] trainBytes, byte[] testBytes) {
        return FuzzCase.of(family, name, allowed, dir -> train(dir, writeData(dir, trainBytes, testBytes)));
    }

    private void structure(List<FuzzCase> cases, String name, Set<Integer> allowed, Consumer<WritableHdfFile> content) {
        cases.add(FuzzCase.of("hdf5-structure", name, allowed, dir -> {
            Path data = writeData(dir, null, test);
            try (WritableHdfFile hdf = HdfFile.write(data.resolve("train_signs.h5"))) {
                content.accept(hdf);
            }
            return train(dir, data);
        }));
    }

    /** {@code dir/data} with the given file contents (null: file absent). */
    static Path writeData(Path dir, byte[] trainBytes, byte[] testBytes) throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        if (trainBytes != null) {
            Files.write(data.resolve("train_signs.h5"), trainBytes);
        }
        if (testBytes != null) {
            Files.write(data.resolve("test_signs.h5"), testBytes);
        }
        return data;
    }

    byte[] goodTrain() {
        return train;
    }

    byte[] goodTest() {
        return test;
    }

    private static float[][][][] floats(int m, float value) {
        float[][][][] x = new float[m][64][64][3];
        for (float[][][] image : x) {
            for (float[][] row : image) {
                for (float[] pixel : row) {
                    Arrays.fill(pixel, value);
                }
            }
        }
        return x;
    }

    private static byte[] flatten(byte[][] row) {
        byte[] flat = new byte[row.length * row[0].length];
        for (int i = 0; i < row.length; i++) {
            System.arraycopy(row[i], 0, flat, i * row[0].length, row[0].length);
        }
        return flat;
    }

    private static void mkfifo(Path path) throws IOException {
        try {
            Process p =
                    new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IOException("mkfifo failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
