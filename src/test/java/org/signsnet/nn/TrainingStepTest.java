package org.signsnet.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.signsnet.testing.CloseArrays.assertClose;

import java.util.Arrays;
import java.util.List;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.listeners.ScoreIterationListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.learning.regularization.L2Regularization;
import org.signsnet.model.NotebookModel;

/**
 * {@link TrainingStep} is DL4J's {@code fit} up to float rounding: on the notebook's network and on
 * convolution + max-pooling networks of other geometries (with ReLU or none, with or without bias),
 * the score, the gradient Adam receives, the parameters and Adam's state after several steps (the
 * last on a short batch) agree with DL4J's stock layers; the result does not depend on the thread
 * count; networks of any other form are left to DL4J.
 */
class TrainingStepTest {
    private static final Geometry[] FUSABLE = Arrays.stream(Geometry.ALL)
            .filter(g -> FusedPooling.supports(g.poolShape()))
            .toArray(Geometry[]::new);
    private static final double TOLERANCE = 2e-5;

    private final int defaultThreads = ImageParallel.threads();

    @AfterEach
    void restoreThreads() {
        ImageParallel.setThreads(defaultThreads);
    }

    @ParameterizedTest
    @FieldSource("FUSABLE")
    void reluWithoutBiasStepsAsDl4j(Geometry g) {
        assertStepsAsDl4j(Networks.convPoolDense(g, Activation.RELU, false, DataType.FLOAT, new Adam(0.01)), g);
    }

    @ParameterizedTest
    @FieldSource("FUSABLE")
    void identityWithBiasStepsAsDl4j(Geometry g) {
        assertStepsAsDl4j(Networks.convPoolDense(g, Activation.IDENTITY, true, DataType.FLOAT, new Adam(0.01)), g);
    }

    @Test
    void notebookNetworkStepsAsDl4j() {
        MultiLayerConfiguration conf = NotebookModel.configuration(0.009, 5);
        Geometry notebook = Geometry.ALL[0];
        assertStepsAsDl4j(conf, notebook);
    }

    @Test
    void oneTwoAndThreeThreadsGiveTheSameBits() {
        float[] one = notebookParametersAfterSteps(1);
        assertThat(notebookParametersAfterSteps(2)).isEqualTo(one);
        assertThat(notebookParametersAfterSteps(3)).isEqualTo(one);
    }

    @Test
    void fitOnMinibatchArraysGivesTheBitsOfTheStepOnDatasetRows() {
        DataSet data = Networks.batch(20, 64, 64, 3, DataType.FLOAT, 9);
        MultiLayerNetwork byRows = FastNetwork.of(newNotebookNetwork());
        MultiLayerNetwork byArrays = FastNetwork.of(newNotebookNetwork());
        TrainingStep step =
                TrainingStep.of(byRows, data.getFeatures(), data.getLabels(), 8).orElseThrow();
        int[][] minibatches = {{4, 17, 0, 9, 12, 3, 5, 8}, {19, 1, 2}};
        for (int[] rows : minibatches) {
            double score = step.fit(rows);
            byArrays.fit(rows(data, rows));
            assertThat(byArrays.score()).isEqualTo(score);
        }
        assertThat(byArrays.params()).isEqualTo(byRows.params());
        assertThat(byArrays.getUpdater().getStateViewArray())
                .isEqualTo(byRows.getUpdater().getStateViewArray());
        assertThat(byArrays.getIterationCount()).isEqualTo(2);
    }

    @Test
    void predictionsOfMoreImagesThanOneChunkAgreeWithDl4j() {
        MultiLayerNetwork stock = newNotebookNetwork();
        DataSet data = Networks.batch(70, 64, 64, 3, DataType.FLOAT, 13);
        stock.fit(data);
        FastNetwork fast = FastNetwork.of(stock);
        INDArray expected = stock.output(data.getFeatures(), false);
        assertClose("probabilities of 70 images", fast.output(data.getFeatures(), false), expected, TOLERANCE);
        assertClose("again, on the same scratch", fast.output(data.getFeatures(), false), expected, TOLERANCE);
        INDArray lastFive = data.getFeatures().get(org.nd4j.linalg.indexing.NDArrayIndex.interval(65, 70));
        assertClose(
                "a view of the last five",
                fast.output(lastFive, false),
                expected.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(65, 70)),
                TOLERANCE);
    }

    @Test
    void networksOfOtherFormsAreLeftToDl4j() {
        Geometry g = FUSABLE[0];
        DataSet data = Networks.batch(4, g.h(), g.w(), g.c(), DataType.FLOAT, 1);
        assertThat(stepFor(Networks.convPoolDense(g, Activation.RELU, false, DataType.FLOAT, new Sgd(0.1)), data))
                .as("SGD")
                .isFalse();
        assertThat(stepFor(Networks.convPoolDense(g, Activation.TANH, false, DataType.FLOAT, new Adam()), data))
                .as("tanh")
                .isFalse();
        assertThat(stepFor(Networks.convPoolDense(g, Activation.RELU, false, DataType.DOUBLE, new Adam()), data))
                .as("double precision")
                .isFalse();
        MultiLayerConfiguration l2 = Networks.convPoolDense(g, Activation.RELU, false, DataType.FLOAT, new Adam());
        ((BaseLayer) l2.getConf(0).getLayer()).setRegularization(List.of(new L2Regularization(1e-3)));
        assertThat(stepFor(l2, data)).as("L2").isFalse();
        Geometry overlapping = Geometry.ALL[Geometry.ALL.length - 1];
        assertThat(stepFor(
                        Networks.convPoolDense(overlapping, Activation.RELU, false, DataType.FLOAT, new Adam()),
                        Networks.batch(2, overlapping.h(), overlapping.w(), overlapping.c(), DataType.FLOAT, 1)))
                .as("overlapping pooling windows")
                .isFalse();
        MultiLayerNetwork stock =
                new MultiLayerNetwork(Networks.convPoolDense(g, Activation.RELU, false, DataType.FLOAT, new Adam()));
        stock.init();
        assertThat(TrainingStep.of(stock, data.getFeatures(), data.getLabels(), 4))
                .as("DL4J's own network, the reference")
                .isEmpty();
        MultiLayerNetwork watched =
                new FastNetwork(Networks.convPoolDense(g, Activation.RELU, false, DataType.FLOAT, new Adam()));
        watched.init();
        watched.setListeners(new ScoreIterationListener(1));
        assertThat(TrainingStep.of(watched, data.getFeatures(), data.getLabels(), 4))
                .as("listeners")
                .isEmpty();
        assertThat(stepFor(Networks.convPoolDense(g, Activation.RELU, false, DataType.FLOAT, new Adam()), data))
                .as("the supported form itself")
                .isTrue();
    }

    private static boolean stepFor(MultiLayerConfiguration conf, DataSet data) {
        MultiLayerNetwork net = new FastNetwork(conf);
        net.init();
        return TrainingStep.of(net, data.getFeatures(), data.getLabels(), 4).isPresent();
    }

    /**
     * Three steps on minibatches of a small dataset, the last one short: the step on a fast copy and
     * DL4J's {@code fit} on the stock network see the same rows in the same order.
     */
    private static void assertStepsAsDl4j(MultiLayerConfiguration conf, Geometry g) {
        int batch = Math.max(2, g.m());
        DataSet data = Networks.batch(
                2 * batch + 1, g.h(), g.w(), g.c(), DataType.FLOAT, g.name().hashCode());
        MultiLayerNetwork stock = new MultiLayerNetwork(conf);
        stock.init();
        FastNetwork fast = FastNetwork.of(stock);
        TrainingStep step = TrainingStep.of(fast, data.getFeatures(), data.getLabels(), batch)
                .orElseThrow(() -> new AssertionError("no training step for " + g));
        int[][] minibatches = {
            range(batch, 2 * batch), range(0, batch), {2 * batch, 1},
        };
        for (int k = 0; k < minibatches.length; k++) {
            int[] rows = minibatches[k];
            DataSet minibatch = rows(data, rows);
            stock.setInput(minibatch.getFeatures());
            stock.setLabels(minibatch.getLabels());
            stock.computeGradientAndScore();
            INDArray expectedGradient = stock.gradient().gradient().dup().divi(rows.length);
            double expectedScore = stock.score();
            stock.fit(minibatch);

            double score = step.fit(rows);
            assertThat(score).as("score of step %d on %s", k, g).isCloseTo(expectedScore, within(1e-5 * expectedScore));
            assertClose(
                    "gradient of step " + k,
                    Nd4j.createFromArray(step.lastGradient()).reshape(expectedGradient.shape()),
                    expectedGradient,
                    TOLERANCE);
            assertThat(fast.getIterationCount()).isEqualTo(stock.getIterationCount());
        }
        assertClose("parameters after 3 Adam steps", fast.params(), stock.params(), 1e-4);
        assertClose(
                "Adam's state after 3 steps",
                fast.getUpdater().getStateViewArray(),
                stock.getUpdater().getStateViewArray(),
                1e-4);
    }

    private static float[] notebookParametersAfterSteps(int threads) {
        ImageParallel.setThreads(threads);
        MultiLayerNetwork net = FastNetwork.of(newNotebookNetwork());
        DataSet data = Networks.batch(20, 64, 64, 3, DataType.FLOAT, 7);
        TrainingStep step =
                TrainingStep.of(net, data.getFeatures(), data.getLabels(), 8).orElseThrow();
        step.fit(range(0, 8));
        step.fit(new int[] {19, 3, 11, 8, 0, 2, 4, 5});
        step.fit(range(16, 20));
        return net.params().toFloatVector();
    }

    private static MultiLayerNetwork newNotebookNetwork() {
        MultiLayerNetwork net = new MultiLayerNetwork(NotebookModel.configuration(0.009, 5));
        net.init();
        return net;
    }

    private static int[] range(int from, int to) {
        int[] rows = new int[to - from];
        Arrays.setAll(rows, i -> from + i);
        return rows;
    }

    private static DataSet rows(DataSet data, int[] rows) {
        INDArray x = Nd4j.pullRows(data.getFeatures().reshape(data.getFeatures().size(0), -1), 1, rows)
                .reshape(
                        rows.length,
                        data.getFeatures().size(1),
                        data.getFeatures().size(2),
                        data.getFeatures().size(3));
        INDArray y = Nd4j.pullRows(data.getLabels(), 1, rows);
        return new DataSet(x, y);
    }
}
