package org.signsnet.nn;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * {@link MaxPoolKernel} in plain Java, in float or double as the arrays are, plus the backward pass
 * that both implementations share: the notebook's {@code pool_backward} in {@code "max"} mode,
 * which sends each output gradient to the input element that won the window.
 */
final class MaxPool2d implements MaxPoolKernel {
    static final MaxPool2d INSTANCE = new MaxPool2d();

    private MaxPool2d() {}

    @Override
    public void forward(PoolShape s, FlatArray input, FlatArray output, int[] argmax, int from, int to) {
        for (int n = from; n < to; n++) {
            for (int oh = 0; oh < s.oH(); oh++) {
                for (int ow = 0; ow < s.oW(); ow++) {
                    window(s, input, output, argmax, n, oh, ow, 0, s.c());
                }
            }
        }
    }

    /** One output pixel's channels {@code [c0, c1)}. */
    static void window(
            PoolShape s, FlatArray input, FlatArray output, int[] argmax, int n, int oh, int ow, int c0, int c1) {
        int out = ((n * s.oH() + oh) * s.oW() + ow) * s.c();
        int first = ((n * s.h() + s.rowStart(oh)) * s.w() + s.columnStart(ow)) * s.c();
        for (int c = c0; c < c1; c++) {
            double best = input.lowest();
            int winner = first + c;
            for (int r = s.rowStart(oh); r < s.rowEnd(oh); r++) {
                for (int col = s.columnStart(ow); col < s.columnEnd(ow); col++) {
                    int i = ((n * s.h() + r) * s.w() + col) * s.c() + c;
                    double v = input.get(i);
                    if (v > best) {
                        best = v;
                        winner = i;
                    }
                }
            }
            output.set(out + c, best);
            if (argmax != null) {
                argmax[out + c] = winner;
            }
        }
    }

    /**
     * {@code pool_backward} for max pooling: {@code inputGradient[argmax[j]] += gradient[j]} for
     * every output element {@code j} of images {@code [from, to)}, in order, straight into the
     * contiguous float or double ND4J array {@code inputGradient (m, h, w, c)}, which must hold zeros
     * for these images.
     */
    static void backward(PoolShape s, FlatArray gradient, int[] argmax, INDArray inputGradient, int from, int to) {
        int base = Math.toIntExact(inputGradient.offset());
        int first = from * s.outputImage();
        int end = to * s.outputImage();
        if (inputGradient.dataType() == DataType.DOUBLE) {
            DoubleBuffer dx = inputGradient.data().asNioDouble();
            for (int j = first; j < end; j++) {
                dx.put(base + argmax[j], dx.get(base + argmax[j]) + gradient.get(j));
            }
        } else {
            FloatBuffer dx = inputGradient.data().asNioFloat();
            for (int j = first; j < end; j++) {
                dx.put(base + argmax[j], dx.get(base + argmax[j]) + (float) gradient.get(j));
            }
        }
    }
}
