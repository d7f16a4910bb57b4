package org.signsnet.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signsnet.nn.NotebookStockParityTest.assertSameFloats;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Random;
import java.util.stream.Stream;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * The stock-order convolution ({@link StockOrderConv2d} behind {@code FastConvolutionLayer}
 * with {@code stockOrder(true)}) and the Java max pooling ({@link FastSubsamplingLayer}) against
 * DL4J's stock layers, bit for bit, on other sizes than the notebook's: kernel sizes, channel
 * counts, padding modes, first layers and inner layers; and the kernels against the arithmetic
 * they document.
 */
class StockOrderLayersTest {

    static Stream<Arguments> networks() {
        return Stream.of(
                // name, image size, channels, kernel, filters, mode, pool
                Arguments.of("k3 SAME 5 channels, 12 filters", 32, 5, 3, 12, ConvolutionMode.Same, 4),
                Arguments.of("k5 Truncate 3 channels, 8 filters", 36, 3, 5, 8, ConvolutionMode.Truncate, 4),
                Arguments.of("k2 SAME 4 channels, 6 filters", 32, 4, 2, 6, ConvolutionMode.Same, 2));
    }

    /** conv (first layer) -> pool -> conv (inner, input gradient) -> pool -> softmax, fast or stock. */
    private static MultiLayerConfiguration network(boolean fast, int size, int channels, int k, int filters,
            ConvolutionMode mode, int pool) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder().seed(11).dataType(DataType.FLOAT)
                .updater(new Adam(0.01)).convolutionMode(mode).list();
        list.layer(conv(fast, false, k).nIn(channels).nOut(filters).build());
        list.layer(pool(fast, pool).build());
        list.layer(conv(fast, true, 2).nOut(2 * filters).build());
        list.layer(pool(fast, 2).build());
        list.layer(new OutputLayer.Builder(LossFunction.MCXENT).nOut(3).activation(Activation.SOFTMAX).build());
        return list.setInputType(InputType.convolutional(size, size, channels, CNN2DFormat.NHWC)).build();
    }

    private static ConvolutionLayer.Builder conv(boolean fast, boolean inputGradient, int k) {
        ConvolutionLayer.Builder b = fast
                ? new FastConvolutionLayer.Builder(k, k).computeInputGradient(inputGradient).stockOrder(true)
                : new ConvolutionLayer.Builder(k, k);
        return b.stride(1, 1).hasBias(false).dataFormat(CNN2DFormat.NHWC).activation(Activation.RELU);
    }

    private static SubsamplingLayer.Builder pool(boolean fast, int k) {
        SubsamplingLayer.Builder b = fast ? new FastSubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
                : new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX);
        return b.kernelSize(k, k).stride(k, k).dataFormat(CNN2DFormat.NHWC);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void trainsExactlyAsTheStockLayers(String name, int size, int channels, int k, int filters, ConvolutionMode mode,
            int pool) {
        MultiLayerNetwork fast = new MultiLayerNetwork(network(true, size, channels, k, filters, mode, pool));
        fast.init();
        MultiLayerNetwork stock = new MultiLayerNetwork(network(false, size, channels, k, filters, mode, pool));
        stock.init();
        assertThat(fast.params()).isEqualTo(stock.params());
        for (int step = 0; step < 3; step++) {
            DataSet batch = batch(64, size, channels, step);
            fast.fit(batch);
            stock.fit(batch);
            assertThat(fast.score()).as("%s: cost after step %d", name, step).isEqualTo(stock.score());
            assertSameFloats(name + ": parameters after step " + step, fast.params(), stock.params());
        }
        INDArray x = batch(64, size, channels, 9).getFeatures();
        assertSameFloats(name + ": output", fast.output(x), stock.output(x));
    }

    @Test
    void maxPoolingMatchesLibnd4jWithTiesAndFallsBackOnNaN() {
        MultiLayerNetwork fast = poolOnly(true);
        MultiLayerNetwork stock = poolOnly(false);
        Random random = new Random(3);
        float[] values = new float[16 * 16 * 16 * 4];
        for (int i = 0; i < values.length; i++) {
            int t = random.nextInt(10);
            values[i] = t < 7 ? 0f : t < 9 ? 0.5f : random.nextFloat(); // many tied maxima
        }
        INDArray x = Nd4j.createFromArray(values).reshape('c', new long[] {16, 16, 16, 4});
        INDArray labels = Nd4j.eye(3).getRows(0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0).castTo(DataType.FLOAT);
        assertSameFloats("pooled", fast.output(x), stock.output(x));
        fast.setInput(x);
        fast.setLabels(labels);
        fast.computeGradientAndScore();
        stock.setInput(x);
        stock.setLabels(labels);
        stock.computeGradientAndScore();
        assertSameFloats("gradient", fast.gradient().gradient(), stock.gradient().gradient());

        x.putScalar(new long[] {2, 3, 3, 1}, Float.NaN);
        assertThat(fast.output(x).toString()).isEqualTo(stock.output(x).toString());
    }

    /** 4x4 max pooling, then a dense softmax layer with parameters to give the gradient a path. */
    private static MultiLayerNetwork poolOnly(boolean fast) {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(5).dataType(DataType.FLOAT)
                .list().layer(pool(fast, 4).build())
                .layer(new OutputLayer.Builder(LossFunction.MCXENT).nOut(3).activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutional(16, 16, 4, CNN2DFormat.NHWC)).build());
        net.init();
        return net;
    }

    @Test
    void forwardKernelIsTheDocumentedChainOverTaps() {
        StockOrderConv2d.Dims d = new StockOrderConv2d.Dims(3, 7, 9, 2, 5, 3, 2, 7, 9, 1, 0);
        Random random = new Random(1);
        float[] x = new float[d.m() * d.inputImage()];
        float[] w = new float[d.o() * d.taps()];
        float[] b = new float[d.o()];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextFloat() - 0.5f;
        }
        for (int i = 0; i < w.length; i++) {
            w[i] = random.nextFloat() - 0.5f;
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = random.nextFloat() - 0.5f;
        }
        for (int chains = 1; chains <= 2; chains++) {
            FloatBuffer z = direct(d.m() * d.outputImage());
            StockOrderConv2d.forward(direct(x), 0, w, b, z, 0, d, chains, false, null, 2);
            for (int n = 0; n < d.m(); n++) {
                for (int oh = 0; oh < d.oH(); oh++) {
                    for (int ow = 0; ow < d.oW(); ow++) {
                        for (int o = 0; o < d.o(); o++) {
                            float[] sums = new float[chains];
                            int t = 0;
                            for (int c = 0; c < d.c(); c++) {
                                for (int kh = 0; kh < d.kH(); kh++) {
                                    for (int kw = 0; kw < d.kW(); kw++, t++) {
                                        int y = oh + kh - d.padTop();
                                        int xx = ow + kw - d.padLeft();
                                        float v = y < 0 || y >= d.h() || xx < 0 || xx >= d.w() ? 0f
                                                : x[((n * d.h() + y) * d.w() + xx) * d.c() + c];
                                        sums[t % chains] = Math.fma(v, w[o * d.taps() + t], sums[t % chains]);
                                    }
                                }
                            }
                            float expected = BlasSummationOrder.combine(sums) + b[o];
                            float actual = z.get(((n * d.oH() + oh) * d.oW() + ow) * d.o() + o);
                            assertThat(Float.floatToRawIntBits(actual)).as("z[%d,%d,%d,%d], %d chains", n, oh, ow, o, chains)
                                    .isEqualTo(Float.floatToRawIntBits(expected));
                        }
                    }
                }
            }
        }
    }

    @Test
    void blocksFollowOpenBlasSplitOfTheLastStretch() {
        BlasSummationOrder order = new BlasSummationOrder(1, 320, BlasSummationOrder.Halving.ROUND_UP_16, 1);
        long[] notebookBatch = order.blockEnds(64L * 64 * 64);
        assertThat(notebookBatch).hasSize(820);
        assertThat(notebookBatch[817]).isEqualTo(818L * 320);
        assertThat(notebookBatch[818] - notebookBatch[817]).isEqualTo(192);
        assertThat(notebookBatch[819]).isEqualTo(64L * 64 * 64);
        assertThat(order.blockEnds(500)).containsExactly(256, 500); // 500 / 2 = 250, rounded up to 256
        assertThat(new BlasSummationOrder(1, 320, BlasSummationOrder.Halving.CEILING, 1).blockEnds(501))
                .containsExactly(251, 501);
        assertThat(order.blockEnds(320)).containsExactly(320);
        assertThat(BlasSummationOrder.covers(4096, 48, 8)).isTrue();
        assertThat(BlasSummationOrder.covers(4096 + 32, 48, 8)).isFalse();
        assertThat(BlasSummationOrder.covers(512, 32, 16)).isFalse();
    }

    private static FloatBuffer direct(int length) {
        return ByteBuffer.allocateDirect(length * 4).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    private static FloatBuffer direct(float[] values) {
        FloatBuffer b = direct(values.length);
        b.put(0, values);
        return b;
    }

    private static DataSet batch(int m, int size, int channels, long seed) {
        Nd4j.getRandom().setSeed(seed);
        INDArray x = Nd4j.rand(DataType.FLOAT, m, size, size, channels);
        INDArray y = Nd4j.zeros(DataType.FLOAT, m, 3);
        for (int i = 0; i < m; i++) {
            y.putScalar(i, (int) ((i + seed) % 3), 1f);
        }
        return new DataSet(x, y);
    }
}
