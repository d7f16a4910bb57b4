package org.signsnet.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.signsnet.model.NotebookModel;

/**
 * The notebook network built from {@link FastConvolutionLayer}s computes exactly the numbers
 * of the one built from DL4J's stock convolution layers: same initial parameters, and the same
 * bits for outputs, score, gradients and every parameter along a training trajectory (with a short
 * last minibatch, as every epoch has). Signed zeros count as equal.
 */
class NotebookStockParityTest {
    private static final double LR = 0.009;
    private static final long SEED = 7;

    private MultiLayerNetwork fast;
    private MultiLayerNetwork reference;

    @BeforeEach
    void buildBothNetworks() {
        fast = new MultiLayerNetwork(NotebookModel.configuration(LR, SEED));
        fast.init();
        reference = new MultiLayerNetwork(NotebookModel.referenceConfiguration(LR, SEED));
        reference.init();
    }

    @Test
    void convolutionLayersRunInStockOrderWithDl4jsParameterLayout() {
        assertThat(BlasSummationOrder.forLayer(48, 8)).as("this machine's gemm order for conv1 is recognised").isPresent();
        assertThat(BlasSummationOrder.forLayer(32, 16)).as("this machine's gemm order for conv2 is recognised").isPresent();
        assertThat(fast.getLayer(NotebookModel.CONV1)).isInstanceOf(FastConvolution.class);
        assertThat(fast.getLayer(NotebookModel.CONV2)).isInstanceOf(FastConvolution.class);
        assertThat(reference.getLayer(NotebookModel.CONV1)).isNotInstanceOf(FastConvolution.class);
        assertThat(fast.getLayer(NotebookModel.CONV1).getParam("W").shape()).containsExactly(8, 3, 4, 4);
        assertThat(fast.getLayer(NotebookModel.CONV2).getParam("W").shape()).containsExactly(16, 8, 2, 2);
        assertThat(fast.paramTable().keySet()).containsExactlyElementsOf(reference.paramTable().keySet());
    }

    @Test
    void startsFromTheSameParametersForTheSameSeed() {
        assertThat(fast.params()).isEqualTo(reference.params());
    }

    @Test
    void scoreAndGradientsEqualTheReferenceLayersBitForBit() {
        DataSet batch = randomBatch(16, 11);
        Map<String, INDArray> fastGradients = gradients(fast, batch);
        double fastScore = fast.score();
        Map<String, INDArray> referenceGradients = gradients(reference, batch);

        assertThat(fastScore).isEqualTo(reference.score());
        assertThat(fastGradients.keySet()).containsExactlyInAnyOrderElementsOf(referenceGradients.keySet());
        referenceGradients.forEach((name, expected) -> assertSameFloats(name, fastGradients.get(name), expected));
    }

    @Test
    void outputsEqualTheReferenceLayersBitForBit() {
        INDArray x = randomBatch(8, 5).getFeatures();
        assertSameFloats("output", fast.output(x), reference.output(x));
        assertSameFloats("conv1 activations", fast.feedForward(x).get(1), reference.feedForward(x).get(1));
    }

    @Test
    void trainingFollowsTheReferenceTrajectoryExactly() {
        DataSet[] batches = {randomBatch(64, 1), randomBatch(64, 2), randomBatch(56, 3)};
        for (int step = 0; step < 6; step++) {
            DataSet batch = batches[step % batches.length];
            fast.fit(batch);
            reference.fit(batch);
            assertThat(fast.score()).as("cost after step %d", step).isEqualTo(reference.score());
            assertSameFloats("parameters after step " + step, fast.params(), reference.params());
        }
    }

    /** Equal element by element ({@code ==}, so {@code -0 == +0}), same shape. */
    static void assertSameFloats(String what, INDArray actual, INDArray expected) {
        assertThat(actual.shape()).as(what).containsExactly(expected.shape());
        float[] a = actual.dup('c').data().asFloat();
        float[] e = expected.dup('c').data().asFloat();
        int differing = 0;
        int first = -1;
        for (int i = 0; i < e.length; i++) {
            if (!(a[i] == e[i])) {
                differing++;
                first = first < 0 ? i : first;
            }
        }
        assertThat(differing).as("%s: elements differing from the stock layer's (first at %d: %s vs %s)", what,
                first, first < 0 ? "" : a[first], first < 0 ? "" : e[first]).isZero();
    }

    private static Map<String, INDArray> gradients(MultiLayerNetwork net, DataSet batch) {
        net.setInput(batch.getFeatures());
        net.setLabels(batch.getLabels());
        net.computeGradientAndScore();
        Map<String, INDArray> copy = new java.util.LinkedHashMap<>();
        net.gradient().gradientForVariable().forEach((k, v) -> copy.put(k, v.dup()));
        return copy;
    }

    /** Pixels in [0, 1) like the notebook's X / 255, one-hot labels over the 6 classes. */
    static DataSet randomBatch(int m, long seed) {
        Nd4j.getRandom().setSeed(seed);
        INDArray x = Nd4j.rand(DataType.FLOAT, m, NotebookModel.IMAGE_SIZE, NotebookModel.IMAGE_SIZE, NotebookModel.CHANNELS);
        INDArray y = Nd4j.zeros(DataType.FLOAT, m, NotebookModel.CLASSES);
        for (int i = 0; i < m; i++) {
            y.putScalar(i, (int) ((i * 7 + seed) % NotebookModel.CLASSES), 1f);
        }
        return new DataSet(x, y);
    }
}
