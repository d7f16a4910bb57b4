package org.signsnet.nn;

import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The sizes of one 2-D pooling of a batch of NHWC images: input {@code (m, h, w, c)}, windows of
 * {@code kH x kW} every {@code sH, sW}, output {@code (m, oH, oW, c)} (the notebook's
 * {@code pool_forward} with {@code f} and {@code stride}). Output pixel {@code (oh, ow)} looks at
 * rows {@code oh * sH - padTop} to {@code + kH} and the corresponding columns, cut to the image:
 * padding never takes part.
 */
record PoolShape(int m, int h, int w, int c, int kH, int kW, int sH, int sW, int oH, int oW, int padTop, int padLeft) {

    /** The shape of {@code conf} applied to {@code input} {@code (m, h, w, c)}, with DL4J's output size and padding. */
    static PoolShape of(SubsamplingLayer conf, INDArray input) {
        int[] kernel = conf.getKernelSize();
        int[] stride = conf.getStride();
        WindowPlacement at = WindowPlacement.of(
                input, kernel, stride, conf.getPadding(), conf.getConvolutionMode(), conf.getDilation());
        return new PoolShape(
                Math.toIntExact(input.size(0)),
                at.h(),
                at.w(),
                Math.toIntExact(input.size(3)),
                kernel[0],
                kernel[1],
                stride[0],
                stride[1],
                at.oH(),
                at.oW(),
                at.padTop(),
                at.padLeft());
    }

    /** The same pooling of a batch of {@code images} images. */
    PoolShape withBatch(int images) {
        return new PoolShape(images, h, w, c, kH, kW, sH, sW, oH, oW, padTop, padLeft);
    }

    /** Elements of one input image. */
    int inputImage() {
        return h * w * c;
    }

    /** Elements of one output image. */
    int outputImage() {
        return oH * oW * c;
    }

    /** The output shape {@code (m, oH, oW, c)}. */
    long[] outputShape() {
        return new long[] {m, oH, oW, c};
    }

    /** First input row of output row {@code oh}'s windows (at least 0). */
    int rowStart(int oh) {
        return Math.max(0, oh * sH - padTop);
    }

    /** One past the last input row of output row {@code oh}'s windows (at most {@code h}). */
    int rowEnd(int oh) {
        return Math.min(h, oh * sH - padTop + kH);
    }

    /** First input column of output column {@code ow}'s windows (at least 0). */
    int columnStart(int ow) {
        return Math.max(0, ow * sW - padLeft);
    }

    /** One past the last input column of output column {@code ow}'s windows (at most {@code w}). */
    int columnEnd(int ow) {
        return Math.min(w, ow * sW - padLeft + kW);
    }
}
