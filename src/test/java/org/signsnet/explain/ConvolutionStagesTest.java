package org.signsnet.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.signsnet.model.ModelPreset;
import org.signsnet.model.NotebookNetworks;

class ConvolutionStagesTest {
    @Test
    void theNotebooksNetworkShowsA1P1A2P2() {
        MultiLayerNetwork network = NotebookNetworks.create(ModelPreset.NOTEBOOK.defaults());
        List<Stage> stages = ConvolutionStages.of(network);
        assertThat(stages).extracting(Stage::name).containsExactly("conv1", "pool1", "conv2", "pool2");
        assertThat(stages).extracting(Stage::layerIndex).containsExactly(0, 1, 2, 3);
        assertThat(stages.get(0).title()).isEqualTo("conv1: conv 4x4, 8 filters, stride 1, SAME, ReLU");
        assertThat(stages.get(1).title()).isEqualTo("pool1: max-pool 8x8, stride 8, SAME");
    }

    @Test
    void theImprovedNetworkShowsEachBlockAfterItsBatchNormAndReluAndAfterItsPooling() {
        MultiLayerNetwork network = NotebookNetworks.create(ModelPreset.IMPROVED.defaults());
        List<Stage> stages = ConvolutionStages.of(network);
        assertThat(stages).extracting(Stage::name).containsExactly("conv1", "pool1", "conv2", "pool2", "conv3");
        assertThat(stages.get(0).title())
                .isEqualTo("conv1: conv 3x3, 16 filters, stride 1, SAME -> batch normalisation -> ReLU");
        assertThat(network.getLayer(stages.get(0).layerIndex())
                        .conf()
                        .getLayer()
                        .getLayerName())
                .isEqualTo("relu1");
        assertThat(stages)
                .extracting(s -> s.output().getHeight() + "x" + s.output().getWidth() + "x"
                        + s.output().getChannels())
                .containsExactly("32x32x16", "16x16x16", "16x16x32", "8x8x32", "8x8x64");
    }

    /** A stage's maps are the layer's own output, channel for channel (A1 = relu(conv1(x))). */
    @Test
    void mapsAreTheLayersOutputForTheImage() {
        MultiLayerNetwork network = TestNetworks.fitted(ModelPreset.NOTEBOOK, 2);
        INDArray x = TestNetworks.images(1, 4);
        List<INDArray> activations = network.feedForward(x, false);
        FeatureMaps a1 = ConvolutionStages.of(network).get(0).maps(activations);
        assertThat(a1.channels()).isEqualTo(8);
        INDArray expected = activations.get(1);
        for (int c = 0; c < 8; c++) {
            assertThat(a1.value(10, 20, c)).isEqualTo(expected.getFloat(0, 10, 20, c));
            assertThat(a1.max(c))
                    .isEqualTo(expected.get(
                                    NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(c))
                            .maxNumber()
                            .floatValue());
        }
        assertThat(a1.min()).isGreaterThanOrEqualTo(0f); // after ReLU
    }
}
