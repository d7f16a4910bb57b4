package org.signsnet.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signsnet.testing.ChildJvm;
import org.signsnet.testing.CliRun;
import org.signsnet.testing.PngFiles;
import org.signsnet.testing.SyntheticSigns;

/**
 * Bad images and bad model zips through {@code signsnet predict}: each
 * is one error line with the documented exit code (DATA 3 for a file that is not an image, IO 5
 * for a missing one, MODEL 4 for a bad model) or, where the damage leaves a valid file, a
 * prediction. A 20000 x 20000 PNG must be refused or downsampled inside a 1 GB heap.
 */
class PredictInputFuzzTest {
    private static final long SEED = 77L;

    @TempDir
    static Path root;

    private static Path model;
    private static byte[] png;

    @BeforeAll
    static void trainATinyModel() throws IOException {
        Path data = SyntheticSigns.write(root.resolve("data"), 4, 2);
        CliRun run = CliRun.of(
                "train",
                "--data",
                data.toString(),
                "--out",
                root.resolve("run").toString(),
                "--epochs",
                "1",
                "--batch-size",
                "4");
        assertThat(run.code()).as(run.toString()).isZero();
        model = root.resolve("run/model.zip");
        BufferedImage image = new BufferedImage(80, 60, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 60; y++) {
            for (int x = 0; x < 80; x++) {
                image.setRGB(x, y, (x * 3) << 16 | (y * 4) << 8 | (x + y));
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        png = bytes.toByteArray();
    }

    @Test
    void badImagesAndModelsAreOneLineErrorsWithTheirExitCodes() throws IOException {
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int count = 0;
        Path good = Files.write(root.resolve("good.png"), png);
        List<Object[]> images = new ArrayList<>();
        images.add(new Object[] {"empty file", new byte[0], Set.of(3)});
        images.add(new Object[] {"text", "hello\n".getBytes(StandardCharsets.UTF_8), Set.of(3)});
        images.add(new Object[] {"HDF5 bytes", Files.readAllBytes(root.resolve("data/test_signs.h5")), Set.of(3)});
        images.add(new Object[] {"PNG signature only", Bytes.truncate(png, 8), Set.of(3)});
        images.add(new Object[] {
            "JPEG magic then garbage", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 1, 2, 3}, Set.of(3)
        });
        for (int i = 0; i < 40; i++) {
            int length = random.nextInt(png.length);
            images.add(new Object[] {"PNG cut at " + length, Bytes.truncate(png, length), Set.of(0, 3)});
        }
        for (int i = 0; i < 60; i++) {
            int p = random.nextInt(png.length);
            images.add(new Object[] {
                "PNG byte " + p + " flipped",
                Bytes.flip(png, new int[] {p}, new int[] {1 + random.nextInt(255)}),
                Set.of(0, 3)
            });
        }
        for (Object[] image : images) {
            Path file = Files.write(root.resolve("image-" + count + ".png"), (byte[]) image[1]);
            count++;
            String problem = check(CliRun.of("predict", "--model", model.toString(), file.toString()), cast(image[2]));
            if (problem != null) {
                failures.add(image[0] + ": " + problem);
            }
        }
        Path lying = PngFiles.lyingHeader(root.resolve("lying.png"), Integer.MAX_VALUE, Integer.MAX_VALUE);
        count++;
        addIfProblem(
                failures,
                "header claims 2^31 x 2^31",
                check(CliRun.of("predict", "--model", model.toString(), lying.toString()), Set.of(3)));
        count++;
        addIfProblem(
                failures,
                "image is a directory",
                check(
                        CliRun.of(
                                "predict",
                                "--model",
                                model.toString(),
                                Files.createDirectories(root.resolve("dir.png")).toString()),
                        Set.of(3, 5)));
        count++;
        addIfProblem(
                failures,
                "image missing",
                check(
                        CliRun.of(
                                "predict",
                                "--model",
                                model.toString(),
                                root.resolve("missing.png").toString()),
                        Set.of(5)));

        byte[] zip = Files.readAllBytes(model);
        for (int i = 0; i < 40; i++) {
            byte[] bad = i % 2 == 0
                    ? Bytes.truncate(zip, random.nextInt(zip.length))
                    : Bytes.flip(zip, new int[] {random.nextInt(zip.length)}, new int[] {1 + random.nextInt(255)});
            Path file = Files.write(root.resolve("model-" + i + ".zip"), bad);
            count++;
            addIfProblem(
                    failures,
                    "model " + i,
                    check(CliRun.of("predict", "--model", file.toString(), good.toString()), Set.of(0, 4)));
        }
        count++;
        addIfProblem(
                failures,
                "model is a directory",
                check(
                        CliRun.of(
                                "predict",
                                "--model",
                                Files.createDirectories(root.resolve("dir.zip")).toString(),
                                good.toString()),
                        Set.of(4, 5)));
        count++;
        addIfProblem(
                failures,
                "model is a PNG",
                check(CliRun.of("predict", "--model", good.toString(), good.toString()), Set.of(4)));
        System.out.printf("fuzz: %d predict inputs (images, models), %d handled%n", count, count - failures.size());
        assertThat(failures).isEmpty();
    }

    /**
     * The hostile inputs of issue 25 through {@code predict} (and {@code serve} for the models):
     * unbounded sources, link loops, models signsnet cannot run and out-of-range options, each one
     * line with its exit code that says what is wrong.
     */
    @Test
    void unboundedSourcesForeignModelsAndBadOptionsAreOneLineErrorsSayingWhatIsWrong() throws Exception {
        Path good = Files.write(root.resolve("good-r3.png"), png);
        Path loop = root.resolve("loop.png");
        Files.createSymbolicLink(loop, loop.getFileName());
        List<Object[]> cases = new ArrayList<>();
        cases.add(new Object[] {"image is /dev/zero", predict(model, "/dev/zero"), 5, "more than 256 MB"});
        cases.add(new Object[] {"image is a link loop", predict(model, loop.toString()), 5, "symbolic link loop"});
        cases.add(new Object[] {"--threads 0", predict(model, good.toString(), "--threads", "0"), 2, "[1, 256]"});
        cases.add(new Object[] {"--threads 999", predict(model, good.toString(), "--threads", "999"), 2, "[1, 256]"});
        cases.add(new Object[] {"--threads -3", predict(model, good.toString(), "--threads", "-3"), 2, "[1, 256]"});
        cases.add(
                new Object[] {"--model ''", new String[] {"predict", "--model", "", good.toString()}, 2, "empty path"});
        cases.add(
                new Object[] {"NaN parameters", predict(ForeignModels.nanParameters(model, root), good), 4, "not finite"
                });
        cases.add(new Object[] {
            "finite garbage parameters", predict(ForeignModels.hugeParameters(model, root), good), 4, "as large as"
        });
        cases.add(new Object[] {"a dense MNIST network", predict(ForeignModels.denseMnist(root), good), 4, "784"});
        cases.add(new Object[] {
            "a ComputationGraph", predict(ForeignModels.computationGraph(root), good), 4, "ComputationGraph"
        });
        cases.add(new Object[] {
            "serve with NaN parameters",
            new String[] {
                "serve", "--model", ForeignModels.nanParameters(model, root).toString(), "--port", "0"
            },
            4,
            "not finite"
        });
        List<String> failures = new ArrayList<>();
        for (Object[] c : cases) {
            CliRun run = CliRun.of((String[]) c[1]);
            String problem = check(run, Set.of((Integer) c[2]));
            if (problem == null && !run.err().contains((String) c[3])) {
                problem = "does not say '" + c[3] + "': " + run.err().strip();
            }
            addIfProblem(failures, (String) c[0], problem);
        }
        failures.addAll(pipedZeros());
        System.out.printf(
                "fuzz: %d hostile predict inputs, %d handled%n", cases.size() + 1, cases.size() + 1 - failures.size());
        assertThat(failures).isEmpty();
    }

    /** A pipe that never ends (a FIFO fed zeros, as 'head -c 2000000000 /dev/zero |'): refused past 256 MB. */
    private static List<String> pipedZeros() throws Exception {
        Path fifo = root.resolve("zeros.fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        Thread writer = new Thread(() -> {
            byte[] zeros = new byte[1 << 20];
            try (var out = Files.newOutputStream(fifo)) {
                for (int i = 0; i < 2000; i++) { // 2 GB at most; the reader closes the pipe at 256 MB
                    out.write(zeros);
                }
            } catch (IOException e) {
                // the reader stopped reading: what should happen
            }
        });
        writer.setDaemon(true);
        writer.start();
        CliRun run = CliRun.of(predict(model, fifo.toString()));
        writer.join(10_000);
        String problem = check(run, Set.of(5));
        if (problem == null && !run.err().contains("more than 256 MB")) {
            problem = "does not say 'more than 256 MB': " + run.err();
        }
        return problem == null ? List.of() : List.of("a FIFO of zeros: " + problem);
    }

    private static String[] predict(Object modelFile, Object image, String... more) {
        List<String> args = new ArrayList<>(List.of("predict", "--model", modelFile.toString(), image.toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void aTwentyThousandPixelSquarePngIsRefusedOrDownsampledInAOneGigabyteHeap() throws IOException {
        Path huge = PngFiles.black(root.resolve("huge.png"), 20_000, 20_000);
        ChildJvm child =
                ChildJvm.start(root.resolve("logs"), "huge", "predict", "--model", model.toString(), huge.toString());
        int code = child.waitFor(180);
        assertThat(code).as(child.stderr()).isIn(0, 3);
        assertThat(child.stderr()).doesNotContain("OutOfMemoryError", "\tat ");
        if (code != 0) {
            assertThat(child.stderr().lines().filter(l -> l.startsWith("signsnet: ")))
                    .hasSize(1);
        }
    }

    private static void addIfProblem(List<String> failures, String name, String problem) {
        if (problem != null) {
            failures.add(name + ": " + problem);
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<Integer> cast(Object value) {
        return (Set<Integer>) value;
    }

    private static String check(CliRun run, Set<Integer> allowed) {
        if (!allowed.contains(run.code())) {
            return "exit " + run.code() + ", allowed " + allowed + ": "
                    + run.err().strip();
        }
        return run.code() == 0 ? null : run.oneLineErrorProblem();
    }
}
