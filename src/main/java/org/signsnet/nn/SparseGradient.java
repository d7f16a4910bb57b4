package org.signsnet.nn;

import java.util.Arrays;

/**
 * One image's {@code dZ} (the gradient with respect to a convolution's output before its
 * activation) without its zero pixels: the output pixels ({@code oh * oW + ow}) whose {@code dZ} is
 * not 0 in every channel, in increasing order, and their {@code dZ} ({@code o} values each). After
 * a max-pool most pixels are zero; the gradient kernels then touch only the others, and a kept pixel
 * contributes exactly what the dense computation would (its zero channels add exact zeros).
 */
final class SparseGradient {
    int count;
    int[] pixels;
    FlatArray values;
    /** Per-pixel scratch of {@link #gatherPooled}: each pixel's place in the list, -1 for none. */
    private int[] slot;

    /** Room for one image of {@code s}'s output in arrays of the given kind. */
    SparseGradient(Conv2dShape s, FlatArray kind) {
        int pixels = s.oH() * s.oW();
        this.pixels = new int[pixels];
        this.values = NdArrays.sameKind(kind, pixels * s.o());
    }

    /** Appends a pixel; its values are then written to {@code values[count * o ..]} by the caller before the next. */
    void add(int pixel) {
        pixels[count++] = pixel;
    }

    /**
     * Image {@code n}'s {@code dZ} after a max-pool that was fused with the convolution: the pooled
     * output gradient {@code pooledGradient} goes to each window's winner ({@code argmax}, flat indices
     * into the convolution's output), where the pooled output was positive after a ReLU
     * ({@code pooledOutput}, null without activation). Gives exactly what {@link Conv2dKernel#gather}
     * gives from the dense gradient the pooling's backward pass would have produced.
     */
    void gatherPooled(
            Conv2dShape s, PoolShape p, FlatArray pooledGradient, FlatArray pooledOutput, int[] argmax, int n) {
        int pixels = s.oH() * s.oW();
        if (slot == null) {
            slot = new int[pixels];
        }
        int imageStart = n * pixels * s.o();
        int first = n * p.outputImage();
        int last = first + p.outputImage();
        Arrays.fill(slot, -1);
        for (int j = first; j < last; j++) {
            if (passes(pooledGradient, pooledOutput, j)) {
                slot[(argmax[j] - imageStart) / s.o()] = 0;
            }
        }
        count = 0;
        for (int pixel = 0; pixel < pixels; pixel++) {
            if (slot[pixel] == 0) {
                slot[pixel] = count;
                add(pixel);
            }
        }
        values.clear(0, count * s.o());
        for (int j = first; j < last; j++) {
            if (passes(pooledGradient, pooledOutput, j)) {
                int element = argmax[j] - imageStart;
                values.set(slot[element / s.o()] * s.o() + element % s.o(), pooledGradient.get(j));
            }
        }
    }

    /** Whether pooled element {@code j} sends a gradient back: non-zero, and after a ReLU a positive output. */
    private static boolean passes(FlatArray pooledGradient, FlatArray pooledOutput, int j) {
        return pooledGradient.get(j) != 0 && (pooledOutput == null || pooledOutput.get(j) > 0);
    }
}
