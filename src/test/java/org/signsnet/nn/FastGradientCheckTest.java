package org.signsnet.nn;

import static org.assertj.core.api.Assertions.assertThat;

import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * DL4J's {@link GradientCheckUtil} (double precision, central differences with eps 1e-6, relative
 * error at most 1e-3 unless the absolute error is below 1e-8, as DL4J's own CNN gradient checks;
 * up to 40 evenly spaced elements of each parameter array) accepts the fast layers' gradients: the analytic gradient and every perturbed score come from the
 * fast layers, the fused convolution + pooling included.
 */
class FastGradientCheckTest {
    private static final Geometry[] SMALL = {
        new Geometry(
                "notebook-like, SAME",
                2,
                8,
                8,
                3,
                8,
                4,
                4,
                1,
                1,
                ConvolutionMode.Same,
                0,
                new int[] {4, 4, 4, 4},
                ConvolutionMode.Same),
        new Geometry(
                "odd sizes, stride 2x1, 11 channels",
                2,
                7,
                6,
                2,
                11,
                3,
                2,
                2,
                1,
                ConvolutionMode.Same,
                0,
                new int[] {2, 2, 2, 2},
                ConvolutionMode.Truncate),
        new Geometry(
                "explicit padding, overlapping pooling",
                1,
                6,
                7,
                9,
                4,
                2,
                3,
                1,
                1,
                ConvolutionMode.Truncate,
                1,
                new int[] {3, 3, 2, 2},
                ConvolutionMode.Truncate),
    };
    private static DataType previousType;

    @BeforeAll
    static void doublePrecision() {
        previousType = Nd4j.dataType();
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    }

    @AfterAll
    static void restorePrecision() {
        Nd4j.setDefaultDataTypes(previousType, previousType);
    }

    @ParameterizedTest
    @FieldSource("SMALL")
    void identityWithBiasPassesTheGradientCheck(Geometry g) {
        assertThat(check(g, Activation.IDENTITY, true)).isTrue();
    }

    @ParameterizedTest
    @FieldSource("SMALL")
    void reluPassesTheGradientCheck(Geometry g) {
        assertThat(check(g, Activation.RELU, false)).isTrue();
    }

    private static boolean check(Geometry g, Activation activation, boolean bias) {
        MultiLayerNetwork net = new FastNetwork(Networks.convPoolDense(g, activation, bias, DataType.DOUBLE));
        net.init();
        assertThat(net.getLayer(0)).isInstanceOf(FastConvolution.class);
        assertThat(net.getLayer(1)).isInstanceOf(FastMaxPooling.class);
        DataSet batch = Networks.batch(g.m(), g.h(), g.w(), g.c(), DataType.DOUBLE, 17);
        return GradientCheckUtil.checkGradients(new GradientCheckUtil.MLNConfig()
                .net(net)
                .input(batch.getFeatures())
                .labels(batch.getLabels())
                .epsilon(1e-6)
                .maxRelError(1e-3)
                .minAbsoluteError(1e-8)
                .subset(true)
                .maxPerParam(40));
    }
}
