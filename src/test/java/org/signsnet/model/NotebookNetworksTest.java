package org.signsnet.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;

class NotebookNetworksTest {
    @Test
    void tfInitStartsFromTensorFlowsWeightsWithTheConfiguredFcOpSeed() {
        TrainingConfig config = TrainingConfig.notebookDefaults().withFcOpSeed(57);
        MultiLayerNetwork net = NotebookNetworks.create(config);
        TensorFlowWeights tf = TensorFlowWeights.notebook(57);
        assertThat(TensorFlowWeights.dl4jToHwio(
                        net.getLayer(NotebookModel.CONV1).getParam("W")))
                .isEqualTo(tf.w1Hwio());
        assertThat(TensorFlowWeights.dl4jToHwio(
                        net.getLayer(NotebookModel.CONV2).getParam("W")))
                .isEqualTo(tf.w2Hwio());
        assertThat(net.getLayer(NotebookModel.FC).getParam("W")).isEqualTo(tf.fcW());
        assertThat(net.numParams()).isEqualTo(NotebookModel.PARAMETER_COUNT);
    }

    @Test
    void dl4jInitKeepsDl4jsOwnSeededWeights() {
        TrainingConfig config = TrainingConfig.notebookDefaults().withInit(InitMode.DL4J);
        MultiLayerNetwork net = NotebookNetworks.create(config);
        MultiLayerNetwork again = NotebookNetworks.create(config);
        assertThat(net.params()).isEqualTo(again.params());
        assertThat(TensorFlowWeights.dl4jToHwio(
                        net.getLayer(NotebookModel.CONV1).getParam("W")))
                .isNotEqualTo(TensorFlowWeights.notebook(config.fcOpSeed()).w1Hwio());
    }

    @Test
    void networksAreReadyToTrain() {
        MultiLayerNetwork net = NotebookNetworks.create(TrainingConfig.notebookDefaults());
        assertThat(net.getUpdater()).isNotNull();
        assertThat(net.getLayerWiseConfigurations().getConf(NotebookModel.FC).getSeed())
                .isEqualTo(3L);
    }
}
