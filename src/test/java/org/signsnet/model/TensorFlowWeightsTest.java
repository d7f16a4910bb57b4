package org.signsnet.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

class TensorFlowWeightsTest {
    private static TensorFlowWeights weights;
    private static MultiLayerNetwork network;

    @BeforeAll
    static void loadNotebookWeights() {
        weights = TensorFlowWeights.notebook(TensorFlowWeights.NOTEBOOK_FC_OP_SEED);
        network = new MultiLayerNetwork(NotebookModel.configuration(0.009, 1));
        network.init();
        weights.applyTo(network);
    }

    @Test
    void convolutionWeightsEqualTheIndependentReferenceBitForBit() {
        assertThat(weights.w1Hwio().shape()).containsExactly(4, 4, 3, 8);
        assertThat(weights.w2Hwio().shape()).containsExactly(2, 2, 8, 16);
        assertThat(TestArrays.flat(weights.w1Hwio())).containsExactly(TensorFlowFixture.w1());
        assertThat(TestArrays.flat(weights.w2Hwio())).containsExactly(TensorFlowFixture.w2());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 39, 57, 1000})
    void fullyConnectedWeightsEqualTheIndependentReferenceForEachOpSeed(long fcOpSeed) {
        INDArray fcW = TensorFlowWeights.notebook(fcOpSeed).fcW();
        assertThat(fcW.shape()).containsExactly(64, 6);
        assertThat(TestArrays.flat(fcW))
                .containsExactly(TensorFlowFixture.floats(
                        TensorFlowFixture.forFcOpSeed(fcOpSeed).get("fcW")));
    }

    @Test
    void hwioAndDl4jLayoutsRoundTrip() {
        INDArray hwio = Nd4j.arange(4 * 4 * 3 * 8).castTo(DataType.FLOAT).reshape(4, 4, 3, 8);
        INDArray oihw = TensorFlowWeights.hwioToDl4j(hwio);
        assertThat(oihw.shape()).containsExactly(8, 3, 4, 4);
        assertThat(oihw.getFloat(5, 2, 1, 3)).isEqualTo(hwio.getFloat(1, 3, 2, 5));
        assertThat(TensorFlowWeights.dl4jToHwio(oihw)).isEqualTo(hwio);
    }

    @Test
    void networkConvolutionEqualsADirectNhwcConvolutionWithTheHwioKernel() {
        INDArray x = Nd4j.rand(DataType.FLOAT, 1, 64, 64, 3).subi(0.5);
        List<INDArray> activations = network.feedForward(x, false);
        INDArray expected = DirectConvolution.sameStrideOne(x, weights.w1Hwio());
        Transforms.relu(expected, false);
        assertThat(activations.get(1).shape()).containsExactly(1, 64, 64, 8);
        assertThat(TestArrays.flat(activations.get(1))).containsExactly(TestArrays.flat(expected), within(1e-5f));
    }

    @Test
    void networkHoldsTheWeightsInDl4jLayoutAndAZeroBias() {
        INDArray conv1 = network.getLayer(NotebookModel.CONV1).getParam("W");
        assertThat(conv1.shape()).containsExactly(8, 3, 4, 4);
        assertThat(TensorFlowWeights.dl4jToHwio(conv1)).isEqualTo(weights.w1Hwio());
        assertThat(TensorFlowWeights.dl4jToHwio(
                        network.getLayer(NotebookModel.CONV2).getParam("W")))
                .isEqualTo(weights.w2Hwio());
        assertThat(network.getLayer(NotebookModel.FC).getParam("W")).isEqualTo(weights.fcW());
        assertThat(network.getLayer(NotebookModel.FC).getParam("b").sumNumber().doubleValue())
                .isZero();
    }

    @Test
    void rejectsANegativeOpSeed() {
        assertThatThrownBy(() -> TensorFlowWeights.notebook(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
