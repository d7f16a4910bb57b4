package org.signsnet.stepbystep;

import static org.signsnet.stepbystep.TestArrays.assertClose;
import static org.signsnet.stepbystep.TestArrays.randn;

import java.util.stream.Stream;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.signsnet.random.NumpyRandom;

/**
 * Our conv and pool layers compute what Deeplearning4j's {@link ConvolutionLayer} and
 * {@link SubsamplingLayer} compute (DOUBLE, {@link ConvolutionMode#Truncate} with explicit padding),
 * forward and backward. DL4J is fed NCHW (our NHWC permuted) and its weights are
 * {@code [nOut, nIn, kH, kW]}, i.e. our {@code W (f, f, n_C_prev, n_C)} permuted (3, 2, 0, 1).
 */
class Dl4jAgreementTest {
    private static final double TOLERANCE = 1e-10;
    private static final LayerWorkspaceMgr NO_WORKSPACES = LayerWorkspaceMgr.noWorkspaces();

    /** f, stride, pad. */
    static Stream<Arguments> convCases() {
        return Stream.of(
                Arguments.of(2, 2, 2),
                Arguments.of(3, 1, 1),
                Arguments.of(3, 2, 0),
                Arguments.of(4, 1, 2),
                Arguments.of(2, 1, 0));
    }

    /** mode, f, stride. */
    static Stream<Arguments> poolCases() {
        return Stream.of(PoolMode.values())
                .flatMap(mode -> Stream.of(
                        Arguments.of(mode, 2, 2),
                        Arguments.of(mode, 3, 2),
                        Arguments.of(mode, 2, 1),
                        Arguments.of(mode, 3, 1)));
    }

    @ParameterizedTest(name = "f={0} stride={1} pad={2}")
    @MethodSource("convCases")
    void convForwardAndBackwardEqualDl4jsConvolutionLayer(int f, int stride, int pad) {
        NumpyRandom random = new NumpyRandom(7);
        int m = 2;
        int size = 6;
        int cPrev = 3;
        int nC = 4;
        INDArray aPrev = randn(random, m, size, size, cPrev);
        INDArray w = randn(random, f, f, cPrev, nC);
        INDArray b = randn(random, 1, 1, 1, nC);
        ConvParams params = new ConvParams(stride, pad);
        ConvolutionOps ops = new VectorisedConvolutionOps();
        ConvForward ours = ops.convForward(aPrev, w, b, params);
        INDArray dZ = randn(random, Tensors.shapeOf(ours.z()));
        ConvGradients ourGradients = ops.convBackward(dZ, ours.cache());

        Layer layer = singleLayer(
                new ConvolutionLayer.Builder(f, f)
                        .nOut(nC)
                        .stride(stride, stride)
                        .padding(pad, pad)
                        .convolutionMode(ConvolutionMode.Truncate)
                        .dataFormat(CNN2DFormat.NCHW)
                        .activation(Activation.IDENTITY)
                        .hasBias(true)
                        .build(),
                size,
                cPrev);
        layer.setParam("W", w.permute(3, 2, 0, 1).dup('c'));
        layer.setParam("b", b.reshape(1, nC).dup());
        INDArray z = layer.activate(toNchw(aPrev), true, NO_WORKSPACES);
        assertClose(toNhwc(z), ours.z(), TOLERANCE, "Z");

        Pair<Gradient, INDArray> backward = layer.backpropGradient(toNchw(dZ), NO_WORKSPACES);
        assertClose(toNhwc(backward.getSecond()), ourGradients.dAPrev(), TOLERANCE, "dA_prev");
        INDArray dW = backward.getFirst().getGradientFor("W").permute(2, 3, 1, 0);
        assertClose(dW, ourGradients.dW(), TOLERANCE, "dW");
        assertClose(backward.getFirst().getGradientFor("b").reshape(1, 1, 1, nC), ourGradients.db(), TOLERANCE, "db");
    }

    @ParameterizedTest(name = "{0} f={1} stride={2}")
    @MethodSource("poolCases")
    void poolForwardAndBackwardEqualDl4jsSubsamplingLayer(PoolMode mode, int f, int stride) {
        NumpyRandom random = new NumpyRandom(8);
        int size = 7;
        int channels = 3;
        INDArray aPrev = randn(random, 2, size, size, channels);
        PoolParams params = new PoolParams(f, stride);
        ConvolutionOps ops = new VectorisedConvolutionOps();
        PoolForward ours = ops.poolForward(aPrev, params, mode);
        INDArray dA = randn(random, Tensors.shapeOf(ours.a()));
        INDArray ourDAPrev = ops.poolBackward(dA, ours.cache(), mode);

        Layer layer = singleLayer(
                new SubsamplingLayer.Builder(mode == PoolMode.MAX ? PoolingType.MAX : PoolingType.AVG)
                        .kernelSize(f, f)
                        .stride(stride, stride)
                        .convolutionMode(ConvolutionMode.Truncate)
                        .dataFormat(CNN2DFormat.NHWC)
                        .build(),
                size,
                channels,
                CNN2DFormat.NHWC);
        INDArray a = layer.activate(aPrev.dup(), true, NO_WORKSPACES);
        assertClose(a, ours.a(), TOLERANCE, "A " + mode);
        INDArray dAPrev = layer.backpropGradient(dA.dup(), NO_WORKSPACES).getSecond();
        assertClose(dAPrev, ourDAPrev, TOLERANCE, "dA_prev " + mode);
    }

    private static Layer singleLayer(org.deeplearning4j.nn.conf.layers.Layer conf, int size, int channels) {
        return singleLayer(conf, size, channels, CNN2DFormat.NCHW);
    }

    private static Layer singleLayer(
            org.deeplearning4j.nn.conf.layers.Layer conf, int size, int channels, CNN2DFormat format) {
        MultiLayerConfiguration configuration = new NeuralNetConfiguration.Builder()
                .dataType(DataType.DOUBLE)
                .seed(1)
                .list()
                .layer(conf)
                .setInputType(InputType.convolutional(size, size, channels, format))
                .build();
        MultiLayerNetwork network = new MultiLayerNetwork(configuration);
        network.init();
        network.initGradientsView();
        return network.getLayer(0);
    }

    private static INDArray toNchw(INDArray nhwc) {
        return nhwc.permute(0, 3, 1, 2).dup('c');
    }

    private static INDArray toNhwc(INDArray nchw) {
        return nchw.permute(0, 2, 3, 1).dup('c');
    }
}
