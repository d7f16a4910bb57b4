package org.signsnet.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.signsnet.ErrorKind;
import org.signsnet.SignsnetException;
import org.signsnet.app.InterruptedRunException;
import org.signsnet.app.RunOutputs;
import org.signsnet.app.TrainingJob;
import org.signsnet.data.DataSource;
import org.signsnet.io.Json;
import org.signsnet.model.TrainingConfig;
import org.signsnet.testing.SyntheticSigns;
import org.signsnet.training.EpochListener;
import org.signsnet.training.EpochRecord;
import org.signsnet.training.TrainingControl;
import org.signsnet.training.TrainingResult;

/** Checkpoints every epoch, resume bit-identical to an uninterrupted run, NaN keeps the last good one. */
class CheckpointResumeTest {
    private static final TrainingConfig CONFIG =
            TrainingConfig.notebookDefaults().withEpochs(3).withBatchSize(8);

    @TempDir
    static Path shared;

    private static Path data;
    private static TrainingResult uninterrupted;

    @TempDir
    Path dir;

    @BeforeAll
    static void trainUninterrupted() {
        data = SyntheticSigns.write(shared.resolve("data"), 24, 6);
        uninterrupted = new TrainingJob(EpochListener.none(), new TrainingControl())
                .run(data, shared.resolve("uninterrupted"), CONFIG);
    }

    @Test
    void resumingAfterAStopEndsBitIdenticalToTheUninterruptedRun() {
        Path out = dir.resolve("out");
        TrainingControl control = new TrainingControl();
        InterruptedRunException stopped = catchThrowableOfType(
                InterruptedRunException.class,
                () -> new TrainingJob(stopAfterEpoch(0, control), control).run(data, out, CONFIG));
        assertThat(stopped.completedEpochs()).isEqualTo(1);
        assertThat(stopped.checkpoint()).isEqualTo(out.resolve("checkpoints/epoch-0001.zip"));
        assertThat(stopped.reportsWritten()).isTrue();
        assertThat(out.resolve(RunOutputs.METRICS_JSON)).exists();

        Checkpoint checkpoint = Checkpoints.in(out).latest(w -> {});
        assertThat(checkpoint.config()).isEqualTo(CONFIG);
        assertThat(costs(checkpoint.completedEpochs()))
                .isEqualTo(costs(uninterrupted.epochs().subList(0, 1)));
        TrainingResult resumed = new TrainingJob(EpochListener.none(), new TrainingControl())
                .resume(DataSource.signs(data), out, checkpoint);

        assertThat(floats(resumed.network().params()))
                .isEqualTo(floats(uninterrupted.network().params()));
        assertThat(resumed.notebookCosts()).isEqualTo(uninterrupted.notebookCosts());
        assertThat(resumed.meanCosts()).isEqualTo(uninterrupted.meanCosts());
        assertThat(resumed.trainAccuracy()).isEqualTo(uninterrupted.trainAccuracy());
        assertThat(resumed.testAccuracy()).isEqualTo(uninterrupted.testAccuracy());
    }

    @Test
    void keepsTheLastTwoCheckpointsEachHoldingItsEpochsConfigAndAdamState() throws Exception {
        Path out = shared.resolve("uninterrupted");
        Checkpoints checkpoints = Checkpoints.in(out);
        assertThat(checkpoints.files())
                .extracting(p -> p.getFileName().toString())
                .containsExactly("epoch-0002.zip", "epoch-0003.zip");
        Checkpoint last = checkpoints.latest(w -> {});
        assertThat(last.completedEpochs()).isEqualTo(uninterrupted.epochs()); // same run: same records
        assertThat(last.config()).isEqualTo(CONFIG);
        assertThat(last.dataSha256()).containsOnlyKeys("train_signs.h5", "test_signs.h5");
        assertThat(floats(last.network().params()))
                .isEqualTo(floats(uninterrupted.network().params()));
        assertThat(last.network().getUpdater().getStateViewArray()).isNotNull();
        assertThat(floats(last.network().getUpdater().getStateViewArray()))
                .isEqualTo(floats(uninterrupted.network().getUpdater().getStateViewArray()));
        assertThat(Json.mapper()
                        .readTree(out.resolve(RunOutputs.METRICS_JSON).toFile())
                        .get("costs"))
                .hasSize(3);
    }

    @Test
    void aDamagedNewestCheckpointFallsBackToTheOlderOne() throws Exception {
        Path out = dir.resolve("copy");
        Files.createDirectories(out.resolve("checkpoints"));
        for (Path file : Checkpoints.in(shared.resolve("uninterrupted")).files()) {
            Files.copy(file, out.resolve("checkpoints").resolve(file.getFileName()));
        }
        Files.write(out.resolve("checkpoints/epoch-0003.zip"), new byte[] {'P', 'K', 3, 4});
        List<String> warnings = new ArrayList<>();
        Checkpoint checkpoint = Checkpoints.in(out).latest(warnings::add);
        assertThat(checkpoint.completedEpochs()).hasSize(2);
        assertThat(warnings).singleElement().asString().contains("epoch-0003.zip");
    }

    @Test
    void aNanInTheThirdEpochKeepsTheSecondEpochsCheckpointAndNamesTheEpoch() {
        Path out = dir.resolve("nan");
        EpochListener poison = new EpochListener() {
            @Override
            public void epochStarted(int epoch, int minibatches) {
                if (epoch == 2) {
                    lastNetwork[0].params().assign(Float.NaN);
                }
            }

            @Override
            public void epochFinished(EpochRecord record, MultiLayerNetwork network) {
                lastNetwork[0] = network;
            }
        };
        SignsnetException error = catchThrowableOfType(
                SignsnetException.class, () -> new TrainingJob(poison, new TrainingControl()).run(data, out, CONFIG));
        assertThat(error.kind()).isEqualTo(ErrorKind.NUMERIC);
        assertThat(error.getMessage()).contains("epoch 2", "try a lower one", "--lr", "epoch-0002.zip");
        Checkpoints checkpoints = Checkpoints.in(out);
        assertThat(checkpoints.files())
                .extracting(p -> p.getFileName().toString())
                .containsExactly("epoch-0001.zip", "epoch-0002.zip");
        assertThat(costs(checkpoints.latest(w -> {}).completedEpochs()))
                .isEqualTo(costs(uninterrupted.epochs().subList(0, 2)));
        assertThat(out.resolve(RunOutputs.MODEL_ZIP)).doesNotExist();
    }

    private final MultiLayerNetwork[] lastNetwork = new MultiLayerNetwork[1];

    private static EpochListener stopAfterEpoch(int epoch, TrainingControl control) {
        return new EpochListener() {
            @Override
            public void epochFinished(EpochRecord record, MultiLayerNetwork network) {
                if (record.epoch() == epoch) {
                    control.requestStop("test stop");
                }
            }
        };
    }

    /** Both costs of each epoch (the wall times differ between runs, of course). */
    private static List<List<Double>> costs(List<EpochRecord> epochs) {
        return epochs.stream().map(e -> List.of(e.notebookCost(), e.meanCost())).toList();
    }

    private static float[] floats(INDArray array) {
        return array.dup().data().asFloat();
    }
}
