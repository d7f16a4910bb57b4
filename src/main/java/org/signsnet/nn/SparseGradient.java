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
    final int[] pixels;
    final FlatArray values;
    /** Scratch of {@link #gatherPooled}: each listed pixel's place in the list. */
    private final int[] slot;
    /** Scratch of {@link #gatherPooled}: one bit per output pixel, set for the windows' winners. */
    private final long[] marked;
    /** Scratch of {@link #gatherPooled}: the pooled elements that send a gradient back. */
    private int[] passing;

    /** Room for one image of {@code s}'s output in arrays of the given kind. */
    SparseGradient(Conv2dShape s, FlatArray kind) {
        int pixels = s.oH() * s.oW();
        this.pixels = new int[pixels];
        this.values = NdArrays.sameKind(kind, pixels * s.o());
        this.slot = new int[pixels];
        this.marked = new long[(pixels + 63) >>> 6];
    }

    /** {@code g} itself when it is made for {@code s} and arrays of {@code kind}'s type, else a new one. */
    static SparseGradient reuse(SparseGradient g, Conv2dShape s, FlatArray kind) {
        boolean fits = g != null
                && g.pixels.length == s.oH() * s.oW()
                && g.values.length() == g.pixels.length * s.o()
                && g.values.getClass() == kind.getClass();
        return fits ? g : new SparseGradient(s, kind);
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
     * gives from the dense gradient the pooling's backward pass would have produced. The winners'
     * pixels are marked in a bit set, which lists them in increasing order.
     */
    void gatherPooled(
            Conv2dShape s, PoolShape p, FlatArray pooledGradient, FlatArray pooledOutput, int[] argmax, int n) {
        int pixels = s.oH() * s.oW();
        int o = s.o();
        if (passing == null || passing.length < p.outputImage()) {
            passing = new int[p.outputImage()];
        }
        int imageStart = n * pixels * o;
        int first = n * p.outputImage();
        int last = first + p.outputImage();
        Arrays.fill(marked, 0L);
        int passed = 0;
        for (int j = first; j < last; j++) {
            if (passes(pooledGradient, pooledOutput, j)) {
                int pixel = (argmax[j] - imageStart) / o;
                marked[pixel >>> 6] |= 1L << pixel;
                passing[passed++] = j;
            }
        }
        count = 0;
        for (int word = 0; word < marked.length; word++) {
            for (long bits = marked[word]; bits != 0; bits &= bits - 1) {
                int pixel = (word << 6) + Long.numberOfTrailingZeros(bits);
                slot[pixel] = count;
                add(pixel);
            }
        }
        values.clear(0, count * o);
        for (int k = 0; k < passed; k++) {
            int j = passing[k];
            int element = argmax[j] - imageStart;
            values.set(slot[element / o] * o + element % o, pooledGradient.get(j));
        }
    }

    /** Whether pooled element {@code j} sends a gradient back: non-zero, and after a ReLU a positive output. */
    private static boolean passes(FlatArray pooledGradient, FlatArray pooledOutput, int j) {
        return pooledGradient.get(j) != 0 && (pooledOutput == null || pooledOutput.get(j) > 0);
    }
}
