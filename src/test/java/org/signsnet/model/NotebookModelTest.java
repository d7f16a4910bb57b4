package org.signsnet.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class NotebookModelTest {
    private static MultiLayerNetwork network;

    @BeforeAll
    static void buildNetwork() {
        MultiLayerConfiguration conf = NotebookModel.configuration(0.009, 1);
        network = new MultiLayerNetwork(conf);
        network.init();
    }

    @Test
    void hasTheNotebooksParameterCounts() {
        assertThat(network.getLayer(NotebookModel.CONV1).numParams()).isEqualTo(384);
        assertThat(network.getLayer(NotebookModel.CONV2).numParams()).isEqualTo(512);
        assertThat(network.getLayer(NotebookModel.FC).numParams()).isEqualTo(390);
        assertThat(network.numParams()).isEqualTo(1286).isEqualTo(NotebookModel.PARAMETER_COUNT);
    }

    @Test
    void activationsHaveTheNotebooksShapes() {
        INDArray x = Nd4j.rand(DataType.FLOAT, 2, 64, 64, 3);
        var activations = network.feedForward(x, false);
        assertThat(activations.get(1).shape()).containsExactly(2, 64, 64, 8);
        assertThat(activations.get(2).shape()).containsExactly(2, 8, 8, 8);
        assertThat(activations.get(3).shape()).containsExactly(2, 8, 8, 16);
        assertThat(activations.get(4).shape()).containsExactly(2, 2, 2, 16);
        assertThat(activations.get(5).shape()).containsExactly(2, 6);
        assertThat(activations.get(5).sum(1).toDoubleVector()).containsExactly(new double[] {1, 1}, within(1e-5));
    }

    @Test
    void convolutionWeightsAreXavierUniformWithoutBias() {
        Map<String, INDArray> conv1 = network.getLayer(NotebookModel.CONV1).paramTable();
        assertThat(conv1).containsOnlyKeys("W");
        double limit = Math.sqrt(6.0 / (3 * 16 + 8 * 16));
        assertThat(conv1.get("W").amaxNumber().doubleValue())
                .isLessThanOrEqualTo(limit)
                .isGreaterThan(0.8 * limit);
        Map<String, INDArray> fc = network.getLayer(NotebookModel.FC).paramTable();
        assertThat(fc.get("b").sumNumber().doubleValue()).isZero();
        assertThat(fc.get("W").amaxNumber().doubleValue()).isLessThanOrEqualTo(Math.sqrt(6.0 / 70));
    }

    @Test
    void samePaddingOfAFourByFourKernelPutsTheExtraRowAndColumnBottomRight() {
        // TensorFlow SAME for k=4, s=1 on 5x5: total pad 3 -> top/left 1, bottom/right 2.
        // With an all-ones kernel on a one-hot input at (0,0), the output is 1 exactly where the
        // window [h-1, h+2] x [w-1, w+2] contains (0,0): rows/cols 0..1 -> a 2x2 block.
        MultiLayerNetwork single = singleConvNetwork();
        INDArray x = Nd4j.zeros(DataType.FLOAT, 1, 5, 5, 1);
        x.putScalar(new long[] {0, 0, 0, 0}, 1f);
        INDArray z = single.output(x);
        INDArray expected = Nd4j.zeros(DataType.FLOAT, 1, 5, 5, 1);
        expected.get(
                        NDArrayIndex.point(0),
                        NDArrayIndex.interval(0, 2),
                        NDArrayIndex.interval(0, 2),
                        NDArrayIndex.all())
                .assign(1);
        assertThat(z).isEqualTo(expected);

        // The bottom-right corner pixel (4,4) is reached by outputs 2..4 (window start h-1 <= 4 <= h+2).
        x = Nd4j.zeros(DataType.FLOAT, 1, 5, 5, 1);
        x.putScalar(new long[] {0, 4, 4, 0}, 1f);
        z = single.output(x);
        expected = Nd4j.zeros(DataType.FLOAT, 1, 5, 5, 1);
        expected.get(
                        NDArrayIndex.point(0),
                        NDArrayIndex.interval(2, 5),
                        NDArrayIndex.interval(2, 5),
                        NDArrayIndex.all())
                .assign(1);
        assertThat(z).isEqualTo(expected);
    }

    @Test
    void flattenFollowsNhwcOrder() {
        // Put a distinct value into each of P2's 2x2x16 cells through the FC weights: with identity-like
        // weights, output k reads flattened position k. Position k must be (h, w, c) = row-major NHWC.
        Layer fc = network.getLayer(NotebookModel.FC);
        INDArray p2 = Nd4j.arange(64).castTo(DataType.FLOAT).reshape(1, 2, 2, 16);
        var preProcessor = network.getLayerWiseConfigurations().getInputPreProcess(NotebookModel.FC);
        INDArray flat =
                preProcessor.preProcess(p2, 1, org.deeplearning4j.nn.workspace.LayerWorkspaceMgr.noWorkspaces());
        assertThat(flat.shape()).containsExactly(1, 64);
        assertThat(flat.toFloatVector()).containsExactly(p2.reshape(64).toFloatVector());
        assertThat(fc.getParam("W").shape()).containsExactly(64, 6);
    }

    private static MultiLayerNetwork singleConvNetwork() {
        var conf = new org.deeplearning4j.nn.conf.NeuralNetConfiguration.Builder()
                .dataType(DataType.FLOAT)
                .convolutionMode(org.deeplearning4j.nn.conf.ConvolutionMode.Same)
                .list()
                .layer(new org.deeplearning4j.nn.conf.layers.ConvolutionLayer.Builder(4, 4)
                        .nIn(1)
                        .nOut(1)
                        .hasBias(false)
                        .stride(1, 1)
                        .dataFormat(org.deeplearning4j.nn.conf.CNN2DFormat.NHWC)
                        .activation(org.nd4j.linalg.activations.Activation.IDENTITY)
                        .build())
                .setInputType(org.deeplearning4j.nn.conf.inputs.InputType.convolutional(
                        5, 5, 1, org.deeplearning4j.nn.conf.CNN2DFormat.NHWC))
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        net.getLayer(0).getParam("W").assign(1);
        return net;
    }
}
