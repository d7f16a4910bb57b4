package org.signsnet.nn;

/**
 * The computations of a convolution layer on a batch of NHWC images. Every value is computed by
 * one fixed sequence of operations, whatever the thread count, the vector width or the
 * implementation: the plain-Java {@link ScalarConv2d} defines it, and {@link VectorConv2d} performs
 * the same operations eight channels at a time, so both give the same bits. Forward passes work on
 * images {@code [from, to)}, backward passes on one image, so that callers can share a batch among
 * threads ({@link ImageParallel}); no image's result depends on another's.
 *
 * <p>Layouts: padded input {@code (m, paddedH, paddedW, c)} (see {@link Conv2dShape}), weights
 * {@code [kH][kW][c][o]}, transposed weights {@code [kH][kW][o][c]}, output and its gradient
 * {@code (m, oH, oW, o)}, all c-order. "{@code dZ}" is the gradient with respect to the output
 * before the activation: the incoming gradient itself, or, after a ReLU, the incoming gradient where
 * the layer's output was positive and 0 elsewhere.
 */
interface Conv2dKernel {

    /**
     * The notebook's {@code conv_forward}: {@code Z[n, h, w, o] = sum over (kh, c, kw) of
     * x[n, h*sH + kh, w*sW + kw, c] * W[kh, kw, c, o]}, summed in that order (a window row's
     * columns innermost) with fused multiply-adds from 0, then {@code + b[o]} when {@code bias} is
     * not null, then with {@code relu} {@code max(Z, 0)} (as {@link Math#max}: NaN stays NaN, -0
     * becomes 0).
     */
    void forward(
            Conv2dShape s,
            FlatArray paddedInput,
            FlatArray weights,
            FlatArray bias,
            boolean relu,
            FlatArray output,
            int from,
            int to);

    /**
     * {@link #forward} followed by the max-pooling {@code p} of its output ({@link MaxPoolKernel}'s
     * rule, windows that do not overlap: {@link FusedPooling#supports}), without keeping the
     * convolution's output: {@code pooled (m, p.oH, p.oW, o)} and, when not null, {@code argmax}
     * (flat indices into the convolution's output) are exactly what the two passes would give.
     */
    void forwardPooled(
            Conv2dShape s,
            PoolShape p,
            FlatArray paddedInput,
            FlatArray weights,
            FlatArray bias,
            boolean relu,
            FlatArray pooled,
            int[] argmax,
            int from,
            int to);

    /**
     * Image {@code n}'s {@code dZ} from the incoming {@code gradient} and, after a ReLU, the layer's
     * output {@code reluOutput} (null without activation), without its zero pixels.
     */
    void gather(Conv2dShape s, FlatArray gradient, FlatArray reluOutput, int n, SparseGradient into);

    /**
     * Image {@code n}'s share of {@code conv_backward}'s {@code dW} and {@code db}:
     * {@code weightPartials[n, kh, kw, c, o] = sum over the pixels (h, w) of dZ, in order, of
     * x[n, h*sH + kh, w*sW + kw, c] * dZ[h, w, o]} with fused multiply-adds from 0, and
     * {@code biasPartials[n, o]} (when not null) the sum of {@code dZ[., ., o]}.
     */
    void weightGradient(
            Conv2dShape s,
            FlatArray paddedInput,
            SparseGradient dz,
            int n,
            FlatArray weightPartials,
            FlatArray biasPartials);

    /**
     * Image {@code n}'s {@code conv_backward} {@code dA_prev}, in the zero-padded layout: for each
     * pixel of {@code dZ} in order and each tap {@code (kh, kw)}, {@code dXpad[n, h*sH + kh,
     * w*sW + kw, c] += sum over o of dZ[h, w, o] * W[kh, kw, o, c]} (from {@code transposedWeights}),
     * one fused multiply-add per {@code o} in order. {@code paddedInputGradient} must hold zeros for
     * image {@code n}.
     */
    void inputGradient(
            Conv2dShape s, SparseGradient dz, int n, FlatArray transposedWeights, FlatArray paddedInputGradient);
}
