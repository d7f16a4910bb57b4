package org.signsnet.nn;

import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The sizes of one 2-D convolution of a batch of NHWC images: input {@code (m, h, w, c)}, weights
 * {@code kH x kW x c -> o}, output {@code (m, oH, oW, o)}, as the notebook's {@code conv_forward}
 * names them ({@code n_H_prev, n_W_prev, n_C_prev -> n_H, n_W, n_C}).
 *
 * <p>The kernels read the input zero-padded: {@code padTop} rows above and {@code padLeft} columns
 * left of it, up to {@link #paddedH()} x {@link #paddedW()} (rows and columns that no window reaches,
 * as in DL4J's Truncate mode, are left out).
 *
 * @param sH vertical stride
 * @param sW horizontal stride
 */
record Conv2dShape(
        int m, int h, int w, int c, int o, int kH, int kW, int sH, int sW, int oH, int oW, int padTop, int padLeft) {

    /**
     * The shape of {@code conf} applied to {@code input} {@code (m, h, w, c)}, with DL4J's own output
     * size and padding (SAME: the odd extra row and column at the bottom and right, as TensorFlow).
     * DL4J's validation errors for impossible sizes propagate.
     */
    static Conv2dShape of(ConvolutionLayer conf, INDArray input) {
        int[] kernel = conf.getKernelSize();
        int[] stride = conf.getStride();
        WindowPlacement at = WindowPlacement.of(
                input, kernel, stride, conf.getPadding(), conf.getConvolutionMode(), conf.getDilation());
        return new Conv2dShape(
                Math.toIntExact(input.size(0)),
                at.h(),
                at.w(),
                Math.toIntExact(input.size(3)),
                Math.toIntExact(conf.getNOut()),
                kernel[0],
                kernel[1],
                stride[0],
                stride[1],
                at.oH(),
                at.oW(),
                at.padTop(),
                at.padLeft());
    }

    /** The same convolution of a batch of {@code images} images. */
    Conv2dShape withBatch(int images) {
        return new Conv2dShape(images, h, w, c, o, kH, kW, sH, sW, oH, oW, padTop, padLeft);
    }

    /** Rows of the zero-padded input the windows cover. */
    int paddedH() {
        return (oH - 1) * sH + kH;
    }

    /** Columns of the zero-padded input the windows cover. */
    int paddedW() {
        return (oW - 1) * sW + kW;
    }

    /** Elements of one zero-padded input image. */
    int paddedImage() {
        return paddedH() * paddedW() * c;
    }

    /** Elements of one output image. */
    int outputImage() {
        return oH * oW * o;
    }

    /** Elements of one input image. */
    int inputImage() {
        return h * w * c;
    }

    /** Input values per output value: {@code kH * kW * c}. */
    int taps() {
        return kH * kW * c;
    }

    /** Weights: {@code kH * kW * c * o}. */
    int weights() {
        return taps() * o;
    }

    /** The output shape {@code (m, oH, oW, o)}. */
    long[] outputShape() {
        return new long[] {m, oH, oW, o};
    }
}
