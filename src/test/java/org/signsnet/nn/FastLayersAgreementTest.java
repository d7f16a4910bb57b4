package org.signsnet.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signsnet.testing.CloseArrays.assertClose;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.listeners.ScoreIterationListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.signsnet.model.NotebookModel;
import org.signsnet.model.TrainingConfig;

/**
 * The fast layers compute what DL4J's stock {@code ConvolutionLayer} and {@code SubsamplingLayer}
 * compute, to float rounding (double precision: to double rounding): every layer's activations,
 * the network's output and score, every parameter gradient and the gradient with respect to the
 * input, on the notebook's network and on convolution + max-pooling networks of other geometries
 * (kernel sizes, strides, SAME, truncate and explicit padding, odd image sizes, batches of 1 to 7,
 * channel counts that do not fill a vector, overlapping pooling windows), with ReLU or no activation,
 * with or without bias. The fused convolution + pooling gives exactly the bits of the layer-by-layer
 * passes.
 */
class FastLayersAgreementTest {
    private static final Geometry[] GEOMETRIES = Geometry.ALL;
    private static final double FLOAT_TOLERANCE = 2e-5;
    private static final double DOUBLE_TOLERANCE = 1e-12;

    @ParameterizedTest
    @FieldSource("GEOMETRIES")
    void reluWithoutBiasAgreesWithTheStockLayers(Geometry g) {
        assertAgreement(g, Activation.RELU, false, DataType.FLOAT, FLOAT_TOLERANCE);
    }

    @ParameterizedTest
    @FieldSource("GEOMETRIES")
    void identityWithBiasAgreesWithTheStockLayers(Geometry g) {
        assertAgreement(g, Activation.IDENTITY, true, DataType.FLOAT, FLOAT_TOLERANCE);
    }

    @ParameterizedTest
    @FieldSource("GEOMETRIES")
    void doublePrecisionAgreesWithTheStockLayers(Geometry g) {
        assertAgreement(g, Activation.RELU, true, DataType.DOUBLE, DOUBLE_TOLERANCE);
    }

    @Test
    void notebookNetworkAgreesWithTheStockOneOnAShortBatch() {
        MultiLayerNetwork stock = new MultiLayerNetwork(NotebookModel.configuration(0.009, 3));
        stock.init();
        FastNetwork fast = FastNetwork.of(stock);
        assertThat(fast.getLayer(NotebookModel.CONV1)).isInstanceOf(FastConvolution.class);
        assertThat(fast.getLayer(NotebookModel.POOL1)).isInstanceOf(FastMaxPooling.class);
        assertThat(fast.getLayer(NotebookModel.CONV2)).isInstanceOf(FastConvolution.class);
        assertThat(fast.getLayer(NotebookModel.POOL2)).isInstanceOf(FastMaxPooling.class);
        DataSet batch = Networks.batch(7, 64, 64, 3, DataType.FLOAT, 11);
        compare(fast, stock, batch, FLOAT_TOLERANCE);
    }

    @Test
    void trainingStepsStayWithTheStockNetwork() {
        TrainingConfig config = TrainingConfig.notebookDefaults();
        MultiLayerNetwork stock = new MultiLayerNetwork(NotebookModel.configuration(config.learningRate(), 5));
        stock.init();
        FastNetwork fast = FastNetwork.of(stock);
        DataSet[] batches = {
            Networks.batch(64, 64, 64, 3, DataType.FLOAT, 1), Networks.batch(56, 64, 64, 3, DataType.FLOAT, 2)
        };
        for (int step = 0; step < 4; step++) {
            fast.fit(batches[step % 2]);
            stock.fit(batches[step % 2]);
            assertThat(fast.score())
                    .as("score after step %d", step)
                    .isCloseTo(stock.score(), org.assertj.core.data.Offset.offset(1e-4 * Math.abs(stock.score())));
        }
        assertClose("parameters after 4 Adam steps", fast.params(), stock.params(), 1e-3);
    }

    private static void assertAgreement(
            Geometry g, Activation activation, boolean bias, DataType type, double tolerance) {
        MultiLayerNetwork stock = new MultiLayerNetwork(Networks.convPoolDense(g, activation, bias, type));
        stock.init();
        FastNetwork fast = FastNetwork.of(stock);
        assertThat(fast.getLayer(0)).isInstanceOf(FastConvolution.class);
        assertThat(fast.getLayer(1)).isInstanceOf(FastMaxPooling.class);
        compare(
                fast,
                stock,
                Networks.batch(g.m(), g.h(), g.w(), g.c(), type, g.name().hashCode()),
                tolerance);
    }

    private static void compare(FastNetwork fast, MultiLayerNetwork stock, DataSet batch, double tolerance) {
        INDArray x = batch.getFeatures();
        List<INDArray> fastActivations = fast.feedForward(x, false);
        List<INDArray> stockActivations = stock.feedForward(x, false);
        for (int i = 0; i < stockActivations.size(); i++) {
            assertClose("activations of layer " + (i - 1), fastActivations.get(i), stockActivations.get(i), tolerance);
        }
        assertClose("output", fast.output(x), stock.output(x), tolerance);

        Map<String, INDArray> fused = gradients(fast, batch);
        double fusedScore = fast.score();
        Map<String, INDArray> expected = gradients(stock, batch);
        assertThat(fusedScore)
                .as("score")
                .isCloseTo(stock.score(), org.assertj.core.data.Offset.offset(tolerance * 10));
        assertThat(fused.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((name, e) -> assertClose("gradient " + name, fused.get(name), e, tolerance));

        fast.setListeners(new ScoreIterationListener(Integer.MAX_VALUE)); // listeners see every layer: no fusion
        Map<String, INDArray> layerByLayer = gradients(fast, batch);
        fast.setListeners(List.of());
        fused.forEach((name, f) ->
                assertThat(layerByLayer.get(name)).as("fused %s", name).isEqualTo(f));

        Pair<Gradient, INDArray> fastInput = fast.calculateGradients(x, batch.getLabels(), null, null);
        Pair<Gradient, INDArray> stockInput = stock.calculateGradients(x, batch.getLabels(), null, null);
        assertClose("input gradient", fastInput.getSecond(), stockInput.getSecond(), tolerance);
    }

    private static Map<String, INDArray> gradients(MultiLayerNetwork net, DataSet batch) {
        net.setInput(batch.getFeatures());
        net.setLabels(batch.getLabels());
        net.computeGradientAndScore();
        Map<String, INDArray> copy = new LinkedHashMap<>();
        net.gradient().gradientForVariable().forEach((k, v) -> copy.put(k, v.dup()));
        return copy;
    }
}
