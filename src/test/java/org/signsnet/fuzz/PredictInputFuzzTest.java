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
