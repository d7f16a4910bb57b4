package org.signsnet.nn;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.util.ConvolutionUtils;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Where a convolution's or a pooling's windows fall on an NHWC input {@code (m, h, w, c)}: DL4J's
 * own output size {@code oH x oW} and top-left padding (SAME: the odd extra row and column at the
 * bottom and right, as TensorFlow). DL4J's validation errors for impossible sizes propagate.
 */
record WindowPlacement(int h, int w, int oH, int oW, int padTop, int padLeft) {

    static WindowPlacement of(
            INDArray input, int[] kernel, int[] stride, int[] padding, ConvolutionMode mode, int[] dilation) {
        int[] out = ConvolutionUtils.getOutputSize(input, kernel, stride, padding, mode, dilation, CNN2DFormat.NHWC);
        int h = Math.toIntExact(input.size(1));
        int w = Math.toIntExact(input.size(2));
        int[] pad = mode == ConvolutionMode.Same
                ? ConvolutionUtils.getSameModeTopLeftPadding(out, new int[] {h, w}, kernel, stride, dilation)
                : padding;
        return new WindowPlacement(h, w, out[0], out[1], pad[0], pad[1]);
    }
}
