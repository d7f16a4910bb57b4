package org.signsnet.nn;

import java.util.Arrays;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;

/**
 * Kernel, stride, padding and layout of one 2-D convolution, as libnd4j's {@code conv2d} family
 * wants them in its integer arguments.
 *
 * @param kernel   {@code [kH, kW]}
 * @param stride   {@code [sH, sW]}
 * @param padding  {@code [pH, pW]}, ignored in SAME mode (libnd4j then pads like TensorFlow: the odd
 *                 extra row and column go to the bottom and right, as DL4J's {@link ConvolutionMode#Same})
 * @param dilation {@code [dH, dW]}
 * @param same     SAME padding instead of explicit padding
 * @param format   activations layout, NHWC {@code (m, n_H, n_W, n_C)} or NCHW
 */
public record Conv2dGeometry(int[] kernel, int[] stride, int[] padding, int[] dilation, boolean same, CNN2DFormat format) {
    /** libnd4j weights format 1: {@code [oC, iC, kH, kW]}, DL4J's layout of {@code "W"}. */
    static final int WEIGHTS_OIHW = 1;

    public Conv2dGeometry {
        kernel = kernel.clone();
        stride = stride.clone();
        padding = padding.clone();
        dilation = dilation.clone();
    }

    /** The geometry of a DL4J convolution layer configuration; Causal mode is not supported. */
    public static Conv2dGeometry of(ConvolutionLayer conf) {
        ConvolutionMode mode = conf.getConvolutionMode();
        if (mode == ConvolutionMode.Causal) {
            throw new IllegalArgumentException("Causal convolution mode is only defined for 1-D convolutions");
        }
        return new Conv2dGeometry(conf.getKernelSize(), conf.getStride(), conf.getPadding(), conf.getDilation(),
                mode == ConvolutionMode.Same, conf.getCnn2dDataFormat());
    }

    /** NHWC, stride 1 and dilation 1: the geometry the Java weight-gradient kernels handle. */
    public boolean isNhwcUnitStride() {
        return format == CNN2DFormat.NHWC && stride[0] == 1 && stride[1] == 1 && dilation[0] == 1 && dilation[1] == 1;
    }

    /** The integer arguments of {@code conv2d} and {@code conv2d_bp} with DL4J's weight layout. */
    public int[] opArguments() {
        return new int[] {kernel[0], kernel[1], stride[0], stride[1], padding[0], padding[1], dilation[0], dilation[1],
            same ? 1 : 0, format == CNN2DFormat.NHWC ? 1 : 0, WEIGHTS_OIHW};
    }

    /** Output height and width for an input of {@code inH x inW}, as DL4J computes them. */
    public long[] outputSize(long inH, long inW) {
        return new long[] {outputLength(inH, 0), outputLength(inW, 1)};
    }

    /**
     * Top and left zero padding for an {@code inH x inW} input: TensorFlow's SAME split (the
     * smaller half on top and left) or the explicit padding.
     */
    public int[] topLeftPadding(long inH, long inW) {
        if (!same) {
            return new int[] {padding[0], padding[1]};
        }
        long[] out = outputSize(inH, inW);
        return new int[] {samePadBefore(inH, out[0], 0), samePadBefore(inW, out[1], 1)};
    }

    private int samePadBefore(long in, long out, int axis) {
        long effectiveKernel = kernel[axis] + (long) (kernel[axis] - 1) * (dilation[axis] - 1);
        long total = Math.max(0, (out - 1) * stride[axis] + effectiveKernel - in);
        return (int) (total / 2);
    }

    /** The activations shape for {@code input}'s shape and {@code channels} output channels. */
    public long[] outputShape(long[] inputShape, long channels) {
        boolean nhwc = format == CNN2DFormat.NHWC;
        long[] hw = outputSize(inputShape[nhwc ? 1 : 2], inputShape[nhwc ? 2 : 3]);
        return nhwc ? new long[] {inputShape[0], hw[0], hw[1], channels}
                : new long[] {inputShape[0], channels, hw[0], hw[1]};
    }

    private long outputLength(long in, int axis) {
        if (same) {
            return (in + stride[axis] - 1) / stride[axis];
        }
        long effectiveKernel = kernel[axis] + (long) (kernel[axis] - 1) * (dilation[axis] - 1);
        return (in - effectiveKernel + 2L * padding[axis]) / stride[axis] + 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Conv2dGeometry g && same == g.same && format == g.format
                && Arrays.equals(kernel, g.kernel) && Arrays.equals(stride, g.stride)
                && Arrays.equals(padding, g.padding) && Arrays.equals(dilation, g.dilation);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(opArguments()) + format.hashCode();
    }

    @Override
    public String toString() {
        return "Conv2dGeometry" + Arrays.toString(opArguments());
    }
}
