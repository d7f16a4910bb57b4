package org.signsnet.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

class ImprovedModelTest {
    private static final TrainingConfig CONFIG = ModelPreset.IMPROVED.defaults();

    @TempDir
    Path dir;

    private static MultiLayerNetwork network(MultiLayerConfiguration configuration) {
        MultiLayerNetwork net = new MultiLayerNetwork(configuration);
        net.init();
        return net;
    }

    @Test
    void mapsABatchOfSignsImagesToSixProbabilities() {
        MultiLayerNetwork net = network(ImprovedModel.configuration(CONFIG));
        INDArray probabilities = net.output(Nd4j.rand(DataType.FLOAT, 5, 64, 64, 3));
        assertThat(probabilities.shape()).containsExactly(5, 6);
        for (double sum : probabilities.sum(1).toDoubleVector()) {
            assertThat(sum).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-5));
        }
    }

    @Test
    void fullVariantHasThreeBatchNormalisedConvBlocksAndIsSmall() {
        MultiLayerNetwork net = network(ImprovedModel.configuration(CONFIG));
        long batchNorms = net.getLayerWiseConfigurations().getConfs().stream()
                .filter(c -> c.getLayer() instanceof BatchNormalization)
                .count();
        assertThat(batchNorms).isEqualTo(3);
        // conv 3*3*(3*16 + 16*32 + 32*64) without bias, BN 4*(16+32+64) incl. running stats, fc 64*6+6
        assertThat(net.numParams()).isEqualTo(9L * (3 * 16 + 16 * 32 + 32 * 64) + 4 * (16 + 32 + 64) + 64 * 6 + 6);
    }

    @Test
    void ablatedVariantHasNoBatchNormButBiasedConvolutions() {
        ImprovedModel.Variant plain = ImprovedModel.Variant.full()
                .withBatchNorm(false)
                .withDropout(0)
                .withCosineSchedule(false)
                .withWeightDecay(0);
        MultiLayerNetwork net = network(ImprovedModel.configuration(CONFIG, plain));
        assertThat(net.getLayerWiseConfigurations().getConfs().stream()
                        .filter(c -> c.getLayer() instanceof BatchNormalization))
                .isEmpty();
        assertThat(net.numParams()).isEqualTo(9L * (3 * 16 + 16 * 32 + 32 * 64) + 16 + 32 + 64 + 64 * 6 + 6);
        assertThat(net.output(Nd4j.rand(DataType.FLOAT, 2, 64, 64, 3)).shape()).containsExactly(2, 6);
    }

    @Test
    void configurationNamesDl4jsLayersAndTheNetworkRunsTheFastOnes() {
        assertThat(ImprovedModel.configuration(CONFIG).toJson()).doesNotContain("org.signsnet");
        MultiLayerNetwork net = org.signsnet.model.NotebookNetworks.create(CONFIG);
        assertThat(Arrays.stream(net.getLayers()).filter(l -> l instanceof org.signsnet.nn.FastConvolution))
                .hasSize(ImprovedModel.CHANNELS.length);
        assertThat(Arrays.stream(net.getLayers()).filter(l -> l instanceof org.signsnet.nn.FastMaxPooling))
                .hasSize(ImprovedModel.CHANNELS.length - 1);
    }

    @Test
    void sameSeedGivesTheSameStartingWeights() {
        assertThat(network(ImprovedModel.configuration(CONFIG)).params())
                .isEqualTo(network(ImprovedModel.configuration(CONFIG)).params());
        assertThat(network(ImprovedModel.configuration(CONFIG.withSeed(4))).params())
                .isNotEqualTo(network(ImprovedModel.configuration(CONFIG)).params());
    }

    @Test
    void learningRateFollowsTheCosineScheduleOverTheRunsEpochs() {
        MultiLayerNetwork net = network(ImprovedModel.configuration(CONFIG));
        Adam adam =
                (Adam) ((BaseLayer) net.getLayerWiseConfigurations().getConf(1).getLayer()).getIUpdater();
        WarmupCosineSchedule expected = new WarmupCosineSchedule(CONFIG.learningRate(), 2, CONFIG.epochs(), 0.01);
        for (int epoch = 0; epoch < CONFIG.epochs() + 3; epoch++) {
            assertThat(adam.getLearningRateSchedule().valueAt(epoch * 7, epoch))
                    .as("epoch %d", epoch)
                    .isEqualTo(expected.valueAt(0, epoch));
        }
    }

    @Test
    void saveAndLoadRoundTripKeepsConfigurationScheduleAndOutputs() throws Exception {
        MultiLayerNetwork net = network(ImprovedModel.configuration(CONFIG));
        INDArray x = Nd4j.rand(DataType.FLOAT, 3, 64, 64, 3);
        File file = dir.resolve("improved.zip").toFile();
        ModelSerializer.writeModel(net, file, true);
        MultiLayerNetwork back = ModelSerializer.restoreMultiLayerNetwork(file, true);
        assertThat(back.getLayerWiseConfigurations()).isEqualTo(net.getLayerWiseConfigurations());
        assertThat(back.output(x)).isEqualTo(net.output(x));
    }
}
