package org.signsnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signsnet.app.TrainingJob;
import org.signsnet.checkpoint.Checkpoints;
import org.signsnet.io.Json;
import org.signsnet.model.TrainingConfig;
import org.signsnet.testing.ChildJvm;
import org.signsnet.testing.CliRun;
import org.signsnet.testing.OutputFiles;
import org.signsnet.testing.SyntheticSigns;
import org.signsnet.training.EpochListener;
import org.signsnet.training.TrainingControl;
import org.signsnet.training.TrainingResult;

/**
 * Real child JVMs running {@code org.signsnet.Main train}: killed with SIGKILL at random moments
 * (every output stays complete or absent), stopped with SIGTERM / SIGINT (checkpoint and reports,
 * exit 143 / 130, resume ends identical), and a second run into a locked output directory.
 */
class ProcessInterruptionTest {
    private static final long SEED = 1125L;
    private static final int KILLS = 20;

    @TempDir
    static Path root;

    private static Path data;

    @BeforeAll
    static void writeData() {
        data = SyntheticSigns.write(root.resolve("data"), 24, 6);
    }

    private static String[] train(Path out, int epochs) {
        return new String[] {
            "train",
            "--data",
            data.toString(),
            "--out",
            out.toString(),
            "--epochs",
            Integer.toString(epochs),
            "--batch-size",
            "8"
        };
    }

    @Test
    void sigkillAtRandomMomentsLeavesEveryOutputCompleteOrAbsent() throws Exception {
        Random random = new Random(SEED);
        Path out = root.resolve("killed");
        List<String> problems = new ArrayList<>();
        int[] tmp = new int[1];
        int finished = 0;
        for (int i = 0; i < KILLS; i++) {
            ChildJvm child = ChildJvm.start(root.resolve("logs"), "kill-" + i, train(out, 2 + i % 4));
            long delay = 300 + random.nextInt(6000);
            Thread.sleep(delay);
            if (child.process().isAlive()) {
                child.process().destroyForcibly(); // SIGKILL
                child.waitFor(30);
            } else {
                finished++;
                assertThat(child.waitFor(5)).as(child.stderr()).isZero();
            }
            for (String problem : OutputFiles.problems(out, tmp)) {
                problems.add("kill " + i + " after " + delay + " ms: " + problem);
            }
        }
        System.out.printf(
                "kill: %d SIGKILLs at random moments (%d runs had finished), %d temporary files seen,"
                        + " %d invalid outputs%n",
                KILLS - finished, finished, tmp[0], problems.size());
        assertThat(problems).isEmpty();

        Path leftover = Files.writeString(out.resolve(".model.zip.123.tmp"), "half");
        CliRun next = CliRun.of(train(out, 1));
        assertThat(next.code()).as(next.toString()).isZero();
        assertThat(leftover).doesNotExist();
        try (var files = Files.walk(out)) {
            assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".tmp"));
        }
        assertThat(OutputFiles.problems(out, new int[1])).isEmpty();
    }

    @Test
    void sigtermSavesACheckpointAndTheReportsExits143AndResumingEndsLikeAnUninterruptedRun() throws Exception {
        Path out = root.resolve("terminated");
        ChildJvm child = ChildJvm.start(root.resolve("logs"), "term", train(out, 100));
        Path first = out.resolve("checkpoints").resolve(Checkpoints.fileName(1));
        awaitFile(first, child);

        CliRun second = CliRun.of(train(out, 1));
        assertThat(second.code()).as(second.toString()).isEqualTo(5);
        assertThat(second.oneLineErrorProblem()).isNull();
        assertThat(second.err()).contains("in use by another signsnet run", "pid " + child.pid());

        child.signal("TERM");
        assertThat(child.waitFor(60)).as(child.stderr()).isEqualTo(143);
        assertThat(child.stderr()).contains("SIGTERM", "--resume " + out);
        assertThat(OutputFiles.problems(out, new int[1])).isEmpty();
        int completed = Checkpoints.in(out).latest(w -> {}).completedEpochs().size();
        assertThat(Json.mapper().readTree(out.resolve("metrics.json").toFile()).get("costs"))
                .hasSize(completed);

        int total = completed + 2;
        Files.writeString(out.resolve("checkpoints/.epoch-0009.zip.42.tmp"), "left by a kill");
        CliRun resumed = CliRun.of(
                "train", "--resume", out.toString(), "--epochs", Integer.toString(total), "--data", data.toString());
        assertThat(resumed.code()).as(resumed.toString()).isZero();
        assertThat(out.resolve("checkpoints/.epoch-0009.zip.42.tmp")).doesNotExist();

        TrainingResult uninterrupted = new TrainingJob(EpochListener.none(), new TrainingControl())
                .run(
                        data,
                        root.resolve("uninterrupted"),
                        TrainingConfig.notebookDefaults().withEpochs(total).withBatchSize(8));
        var metrics = Json.mapper().readTree(out.resolve("metrics.json").toFile());
        List<Double> costs = new ArrayList<>();
        metrics.get("costs").forEach(n -> costs.add(n.asDouble()));
        assertThat(costs).isEqualTo(uninterrupted.notebookCosts());
        assertThat(metrics.get("train_accuracy").asDouble()).isEqualTo(uninterrupted.trainAccuracy());
        assertThat(metrics.get("test_accuracy").asDouble()).isEqualTo(uninterrupted.testAccuracy());
        assertThat(Checkpoints.in(out)
                        .latest(w -> {})
                        .network()
                        .params()
                        .dup()
                        .data()
                        .asFloat())
                .isEqualTo(uninterrupted.network().params().dup().data().asFloat());
    }

    @Test
    void sigintExits130AfterSavingAndAChildWithBadDataPrintsOneLineAndExits3() throws Exception {
        Path out = root.resolve("interrupted");
        ChildJvm child = ChildJvm.start(root.resolve("logs"), "int", train(out, 100));
        awaitFile(out.resolve("checkpoints").resolve(Checkpoints.fileName(1)), child);
        child.signal("INT");
        assertThat(child.waitFor(60)).as(child.stderr()).isEqualTo(130);
        assertThat(out.resolve("model.zip")).exists();
        assertThat(OutputFiles.problems(out, new int[1])).isEmpty();

        Path bad = Files.createDirectories(root.resolve("bad-data"));
        Files.writeString(bad.resolve("train_signs.h5"), "not hdf5");
        Files.copy(data.resolve("test_signs.h5"), bad.resolve("test_signs.h5"));
        ChildJvm failing = ChildJvm.start(
                root.resolve("logs"),
                "bad",
                train(root.resolve("bad-out"), 1)[0],
                "--data",
                bad.toString(),
                "--out",
                root.resolve("bad-out").toString());
        assertThat(failing.waitFor(60)).isEqualTo(3);
        List<String> lines =
                failing.stderr().lines().filter(l -> l.startsWith("signsnet: ")).toList();
        assertThat(lines).singleElement().asString().contains("train_signs.h5", "not an HDF5 file");
        assertThat(failing.stderr()).doesNotContain("\tat ", "Exception");
        assertThat(root.resolve("bad-out")).doesNotExist();
    }

    private static void awaitFile(Path file, ChildJvm child) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (!Files.exists(file)) {
            if (!child.process().isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError(
                        "no " + file + "; child alive " + child.process().isAlive() + ", stderr: " + child.stderr());
            }
            Thread.sleep(20);
        }
    }
}
