package org.signsnet.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.signsnet.checkpoint.Checkpoints;
import org.signsnet.io.Json;
import org.signsnet.io.OutputLock;
import org.signsnet.model.ModelStore;
import org.signsnet.testing.ChildJvm;
import org.signsnet.testing.CliRun;

/**
 * Feeds several hundred generated bad inputs (HDF5 data, checkpoint and model zips, checkpoint
 * JSON, file-system oddities, arguments) through the CLI in this JVM and checks that each is
 * handled: an allowed exit code (never 1, internal), exactly one "signsnet: ..." line on standard
 * error without a stack trace, no temporary file left, and either complete, valid outputs (exit 0)
 * or no outputs at all. Prints "fuzz: N inputs, M handled".
 */
class InputFuzzTest {
    private static final long SEED = 20261125L;
    private static final Set<String> OUTPUTS = Set.of("cost.png", "metrics.json", "model.zip", "model.provenance.json");

    @TempDir
    static Path root;

    private static Path goodData;
    private static Path goodRun;

    @BeforeAll
    static void writeGoodInputs() throws IOException {
        BadDataInputs data = new BadDataInputs(Files.createDirectories(root.resolve("scratch")), SEED);
        goodData = BadDataInputs.writeData(root.resolve("good"), data.goodTrain(), data.goodTest());
        goodRun = root.resolve("good-run");
        CliRun run = CliRun.of(
                "train",
                "--data",
                goodData.toString(),
                "--out",
                goodRun.toString(),
                "--epochs",
                "1",
                "--batch-size",
                "4");
        assertThat(run.code()).as(run.toString()).isZero();
    }

    @Test
    void everyGeneratedBadInputIsHandledWithOneLineTheRightExitCodeAndNoPartialOutput() throws IOException {
        List<FuzzCase> cases = new ArrayList<>();
        cases.addAll(new BadDataInputs(root.resolve("scratch"), SEED).all());
        cases.addAll(new BadCheckpointInputs(goodRun, goodData, SEED).all());
        cases.addAll(argumentCases(new Random(SEED), 40));

        Map<String, int[]> families = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        int index = 0;
        long start = System.nanoTime();
        for (FuzzCase c : cases) {
            Path dir = Files.createDirectories(root.resolve("case-" + index++));
            long caseStart = System.nanoTime();
            String problem = run(c, dir);
            int[] counts = families.computeIfAbsent(c.family(), f -> new int[3]);
            counts[2] += (int) ((System.nanoTime() - caseStart) / 1_000_000);
            counts[0]++;
            if (problem == null) {
                counts[1]++;
            } else {
                failures.add(c.family() + " / " + c.name() + ": " + problem);
            }
            deleteTree(dir);
        }
        int handled = cases.size() - failures.size();
        StringBuilder summary = new StringBuilder(String.format(
                "fuzz: %d inputs, %d handled (%.0f s)", cases.size(), handled, (System.nanoTime() - start) / 1e9));
        families.forEach((family, counts) -> summary.append(String.format(
                "%n  %-22s %4d inputs, %4d handled (%.1f s)", family, counts[0], counts[1], counts[2] / 1000.0)));
        System.out.println(summary);
        assertThat(failures).as(summary.toString()).isEmpty();
        assertThat(cases.size()).isGreaterThanOrEqualTo(500);
    }

    @Test
    void damagedModelZipsAreModelErrorsWhenLoadedDirectly() throws IOException {
        byte[] model = Files.readAllBytes(goodRun.resolve("model.zip"));
        Random random = new Random(SEED + 1);
        int rejected = 0;
        for (int i = 0; i < 60; i++) {
            byte[] bad = i < 20
                    ? Bytes.truncate(model, random.nextInt(model.length))
                    : Bytes.flip(model, new int[] {random.nextInt(model.length)}, new int[] {1 + random.nextInt(255)});
            Path file = Bytes.write(root.resolve("direct/model-" + i + ".zip"), bad);
            try {
                ModelStore.load(file);
            } catch (org.signsnet.SignsnetException e) {
                assertThat(e.kind()).isEqualTo(org.signsnet.ErrorKind.MODEL);
                assertThat(e.getMessage()).contains(file.toString()).doesNotContain("\n");
                rejected++;
            }
        }
        System.out.println(
                "fuzz: 60 model zips loaded directly, " + rejected + " rejected as MODEL errors, rest loaded");
        assertThat(rejected).isGreaterThan(20);
    }

    /**
     * Issue 25's full disk, for real: {@code train --out} on a 300 KB tmpfs (mounted in a mount
     * namespace of its own by {@code unshare}, so no root is needed and nothing outlives the test).
     * The checkpoint fits, the reports do not: one line saying "no space left on device" and none of
     * the reports left (before: model.zip, metrics.json and 4 PNGs without report.html).
     */
    @Test
    @EnabledOnOs(OS.LINUX)
    void aFullDiskIsOneLineSayingSoAndLeavesNoneOfTheReports() throws Exception {
        Path out = Files.createDirectories(root.resolve("tmpfs-out"));
        List<String> command = new ArrayList<>(List.of(
                "unshare",
                "--user",
                "--map-root-user",
                "--mount",
                "sh",
                "-c",
                "mount -t tmpfs -o size=300k tmpfs \"$0\" && \"$@\"; echo \"exit $?\"; ls -A \"$0\"",
                out.toString()));
        command.addAll(ChildJvm.command(
                "train", "--data", goodData.toString(), "--out", out.toString(), "--epochs", "1", "--batch-size", "4"));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(stderr).isZero();
        assertThat(stdout).as(stderr).contains("exit 5");
        List<String> errors =
                stderr.lines().filter(l -> l.startsWith("signsnet: ")).toList();
        assertThat(errors)
                .as(stderr)
                .singleElement()
                .asString()
                .contains("no space left on device")
                .doesNotContainPattern(CliRun.JAVA_CLASS_NAME.pattern());
        assertThat(stderr).doesNotContain("\tat ");
        List<String> left =
                stdout.lines().dropWhile(l -> !l.startsWith("exit ")).skip(1).toList();
        assertThat(left).as("what the full disk holds").containsExactlyInAnyOrder(".signsnet.lock", "checkpoints");
    }

    @Test
    void verboseShowsTheStackTraceOfAnError() {
        CliRun run = CliRun.of(
                "train",
                "--verbose",
                "--data",
                root.resolve("nowhere").toString(),
                "--out",
                root.resolve("verbose-out").toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.errLines().get(0)).startsWith("signsnet: ");
        assertThat(run.err()).contains("\tat org.signsnet.");
        CliRun quiet = CliRun.of("train", "--data", root.resolve("nowhere").toString());
        assertThat(quiet.oneLineErrorProblem()).as(quiet.toString()).isNull();
    }

    /** Random option soup; --data always points nowhere so that a valid combination fails fast as DATA. */
    private static List<FuzzCase> argumentCases(Random random, int count) {
        String[] options = {
            "--epochs",
            "--lr",
            "--batch-size",
            "--seed",
            "--init",
            "--fc-op-seed",
            "--preset",
            "--resume",
            "--bogus",
            "-x",
            "--",
            "--out"
        };
        String[] values = {
            "0",
            "-1",
            "1e400",
            "NaN",
            "abc",
            "",
            " ",
            "99999999999999999999",
            "0x10",
            "tf",
            "DL4J",
            "notebook",
            "\u00e9\u00e8",
            "--epochs",
            "3",
            "0.5",
            "-",
            "/dev/null",
            "1_000"
        };
        List<FuzzCase> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> args = new ArrayList<>(List.of("train"));
            int n = 1 + random.nextInt(4);
            for (int j = 0; j < n; j++) {
                args.add(options[random.nextInt(options.length)]);
                if (random.nextInt(5) > 0) {
                    args.add(values[random.nextInt(values.length)]);
                }
            }
            cases.add(FuzzCase.of("arguments", String.join(" ", args), Set.of(2, 3, 4, 5), dir -> {
                List<String> all = new ArrayList<>(args);
                all.addAll(List.of(
                        "--data",
                        dir.resolve("nowhere").toString(),
                        "--out",
                        dir.resolve("out").toString()));
                return all.toArray(String[]::new);
            }));
        }
        return cases;
    }

    /** Runs one case; null when it was handled, else what went wrong. */
    private static String run(FuzzCase c, Path dir) {
        String[] args;
        try {
            args = c.setup().create(dir);
        } catch (IOException | RuntimeException e) {
            return "could not create the input: " + e;
        }
        CliRun run;
        try {
            run = CliRun.of(args);
        } catch (Throwable t) {
            return "escaped the CLI: " + t;
        }
        if (!c.allowedCodes().contains(run.code())) {
            return "exit " + run.code() + ", allowed " + c.allowedCodes() + ": "
                    + run.err().strip();
        }
        if (c.expectedText() != null && !run.err().contains(c.expectedText())) {
            return "stderr does not say '" + c.expectedText() + "': "
                    + run.err().strip();
        }
        Path out = dir.resolve("out");
        String leftovers = temporaryFiles(out);
        if (leftovers != null) {
            return leftovers;
        }
        if (run.code() != 0) {
            String one = run.oneLineErrorProblem();
            return one != null ? one : noOutputs(out);
        }
        return validOutputs(out);
    }

    private static String temporaryFiles(Path out) {
        if (!Files.isDirectory(out)) {
            return null;
        }
        try (Stream<Path> files = Files.walk(out)) {
            List<Path> tmp = files.filter(p -> p.getFileName().toString().endsWith(".tmp"))
                    .toList();
            return tmp.isEmpty() ? null : "temporary files left: " + tmp;
        } catch (IOException e) {
            return "cannot list " + out + ": " + e;
        }
    }

    /** A failed run writes no report; a checkpoint it saved before failing (e.g. a report not writable) must load. */
    private static String noOutputs(Path out) {
        if (!Files.isDirectory(out)) {
            return null;
        }
        try (Stream<Path> files = Files.walk(out)) {
            List<Path> written = files.filter(Files::isRegularFile)
                    .filter(p -> OUTPUTS.contains(p.getFileName().toString()))
                    .toList();
            if (!written.isEmpty()) {
                return "failed run left outputs: " + written;
            }
            Checkpoints checkpoints = Checkpoints.in(out);
            for (Path checkpoint : checkpoints.files()) {
                checkpoints.load(checkpoint);
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return "failed run left an invalid file: " + e;
        }
    }

    private static String validOutputs(Path out) {
        try {
            if (ImageIO.read(out.resolve("cost.png").toFile()) == null) {
                return "cost.png does not decode";
            }
            Json.mapper().readTree(out.resolve("metrics.json").toFile());
            Json.mapper().readTree(out.resolve("model.provenance.json").toFile());
            ModelStore.load(out.resolve("model.zip"));
            Checkpoints.in(out).latest(w -> {});
            return null;
        } catch (IOException | RuntimeException e) {
            return "exit 0 but an output is invalid: " + e;
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static String lockFileName() {
        return OutputLock.FILE_NAME;
    }
}
