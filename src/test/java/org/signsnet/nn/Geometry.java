package org.signsnet.nn;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A convolution followed by a max-pooling, as the tests try them: the notebook's layers and others
 * with odd sizes, strides, padding modes and channel counts that do not fill a vector.
 *
 * @param pool {@code [kH, kW, sH, sW]} of the max-pooling
 */
record Geometry(
        String name,
        int m,
        int h,
        int w,
        int c,
        int o,
        int kH,
        int kW,
        int sH,
        int sW,
        ConvolutionMode mode,
        int pad,
        int[] pool,
        ConvolutionMode poolMode) {

    static final Geometry[] ALL = {
        new Geometry(
                "notebook conv1 + pool1",
                3,
                64,
                64,
                3,
                8,
                4,
                4,
                1,
                1,
                ConvolutionMode.Same,
                0,
                new int[] {8, 8, 8, 8},
                ConvolutionMode.Same),
        new Geometry(
                "notebook conv2 + pool2",
                5,
                8,
                8,
                8,
                16,
                2,
                2,
                1,
                1,
                ConvolutionMode.Same,
                0,
                new int[] {4, 4, 4, 4},
                ConvolutionMode.Same),
        new Geometry(
                "odd sizes, 12 channels, stride 2x1, SAME",
                3,
                13,
                11,
                5,
                12,
                3,
                2,
                2,
                1,
                ConvolutionMode.Same,
                0,
                new int[] {2, 3, 2, 3},
                ConvolutionMode.Same),
        new Geometry(
                "truncate, stride 2, 20 channels",
                2,
                15,
                17,
                9,
                20,
                3,
                3,
                2,
                2,
                ConvolutionMode.Truncate,
                0,
                new int[] {2, 2, 2, 2},
                ConvolutionMode.Truncate),
        new Geometry(
                "explicit padding 2, 5x5 kernel, stride 1x3",
                2,
                10,
                23,
                2,
                24,
                5,
                5,
                1,
                3,
                ConvolutionMode.Truncate,
                2,
                new int[] {3, 2, 3, 3},
                ConvolutionMode.Truncate),
        new Geometry(
                "1x1 kernel, 3 channels out, gapped pooling",
                4,
                7,
                9,
                16,
                3,
                1,
                1,
                1,
                1,
                ConvolutionMode.Same,
                0,
                new int[] {2, 2, 3, 3},
                ConvolutionMode.Truncate),
        new Geometry(
                "one image, overlapping pooling windows",
                1,
                9,
                9,
                8,
                8,
                3,
                3,
                1,
                1,
                ConvolutionMode.Same,
                0,
                new int[] {3, 3, 2, 2},
                ConvolutionMode.Truncate),
    };

    /** The convolution's DL4J configuration, with the given activation and bias. */
    ConvolutionLayer convolution(Activation activation, boolean bias) {
        return new ConvolutionLayer.Builder(kH, kW)
                .stride(sH, sW)
                .padding(pad, pad)
                .convolutionMode(mode)
                .nIn(c)
                .nOut(o)
                .hasBias(bias)
                .activation(activation)
                .dataFormat(CNN2DFormat.NHWC)
                .build();
    }

    /** The max-pooling's DL4J configuration. */
    SubsamplingLayer pooling() {
        return new SubsamplingLayer.Builder(PoolingType.MAX)
                .kernelSize(pool[0], pool[1])
                .stride(pool[2], pool[3])
                .convolutionMode(poolMode)
                .dataFormat(CNN2DFormat.NHWC)
                .build();
    }

    Conv2dShape convShape() {
        return Conv2dShape.of(
                convolution(Activation.RELU, false), Nd4j.createUninitialized(DataType.FLOAT, m, h, w, c));
    }

    PoolShape poolShape() {
        Conv2dShape s = convShape();
        return PoolShape.of(pooling(), Nd4j.createUninitialized(DataType.FLOAT, s.m(), s.oH(), s.oW(), s.o()));
    }

    @Override
    public String toString() {
        return name;
    }
}
