package org.signsnet.stepbystep;

import java.lang.ref.Reference;
import java.nio.DoubleBuffer;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@code pool_forward} and {@code pool_backward} as whole-row operations on numpy's sliding-window
 * view {@code W = sliding_window_view(A_prev, (f, f), axis=(1, 2))[:, ::stride, ::stride]} of shape
 * {@code (m, n_H, n_W, n_C, f, f)}:
 * <pre>
 *   A       = W.max(axis=(-2, -1))             or W.mean(axis=(-2, -1))
 *   dA_prev = scatter-add of (W == A) * dA     (max: every tied maximum gets dA, as the notebook's mask)
 *             scatter-add of dA / f^2          (average)
 * </pre>
 * The forward streams the batch one output row {@code (i, h)} at a time: the f image rows its windows
 * cover are read from the ND4J buffer with one bulk copy (an absolute {@link DoubleBuffer} get, no JNI
 * call) into a small scratch array that stays in L1 (copying a row at a time, rather than a whole
 * image, lets the memory reads of the next rows overlap the work on this one); each output image goes
 * back with one bulk copy. Every reduction runs over a whole output row ({@code n_W * n_C} windows,
 * channel by channel with {@code w} innermost); 2 x 2 windows, the notebook's and the benchmark's,
 * have the window unrolled. A window is reduced in the notebook's row-major order, sums starting from
 * 0, so means agree with the loops bit for bit for windows of fewer than 8 values (numpy's order) and
 * maxima always.
 *
 * <p>When {@code f == stride} (the windows tile the image) every {@code dA_prev} element lies in one
 * window at most, so the backward writes instead of accumulating. Per image, {@code A} and
 * {@code dA} are upsampled to the image's size,
 * {@code repeat(x) = np.repeat(np.repeat(x, f, axis=h), f, axis=w)} (for 2 x 2 windows fused with
 * the maxima: each window's maximum and {@code dA} written straight into its four positions), and
 * then {@code dA_prev = 0 + (A_prev == repeat(A)) * repeat(dA)} is one contiguous elementwise pass
 * over the image (max: the comparison in arithmetic that the JIT vectorises, {@link #equalsMax}), or
 * {@code dA_prev = repeat(0 + dA / f^2)} (average); rows and columns no window covers are 0. All the
 * image-sized scratch arrays are indexed alike, which the JIT's vector loops need. Otherwise
 * (overlapping or gapped windows) the backward works image by image and scatters one {@code (kh, kw)}
 * position at a time over a whole output row, adding into every {@code dA_prev} element in the loops'
 * order (windows in increasing {@code (h, w)}: rows in order, and within a row {@code kw} descending,
 * since the window of a larger {@code w} covers an element at a smaller {@code kw}), so overlapping
 * windows sum bit for bit alike.
 *
 * <p>The max backward with {@code f == stride} shares its images among the cores (a parallel
 * stream: each image is computed on its own, so the result does not depend on how they are
 * shared); everything else runs on the calling thread. Timings are in {@code docs/performance.md}.
 */
final class VectorisedPooling {
    /** Images of the parallel max backward that one task takes, with one set of scratch arrays. */
    private static final int IMAGES_PER_TASK = 4;

    private VectorisedPooling() {}

    /**
     * {@code pool_forward(A_prev, hparameters, mode)}.
     *
     * @param aPrev {@code (m, n_H_prev, n_W_prev, n_C)}, any layout
     * @return {@code A (m, n_H, n_W, n_C)}, 'c' order DOUBLE, and {@code cache = (A_prev, hparameters)}
     */
    static PoolForward poolForward(INDArray aPrev, PoolParams params, PoolMode mode) {
        Windows g = new Windows(Shapes.rank4(aPrev, "A_prev"), params);
        INDArray in = Tensors.contiguous(aPrev);
        INDArray out = Nd4j.createUninitialized(DataType.DOUBLE, new long[] {g.m, g.nH, g.nW, g.nC}, 'c');
        DoubleBuffer src = Tensors.doubles(in);
        DoubleBuffer dst = Tensors.doubles(out);
        double[] rows = new double[g.windowRowsLen];
        double[] a = new double[g.outImageLen];
        for (int i = 0; i < g.m; i++) {
            for (int h = 0; h < g.nH; h++) {
                src.get(g.windowRows(i, h), rows, 0, g.windowRowsLen);
                if (mode == PoolMode.MAX) {
                    g.maxRow(rows, 0, a, h * g.outRowLen);
                } else {
                    g.meanRow(rows, 0, a, h * g.outRowLen);
                }
            }
            dst.put(i * g.outImageLen, a, 0, g.outImageLen);
        }
        Reference.reachabilityFence(in);
        Reference.reachabilityFence(out);
        return new PoolForward(out, new PoolCache(aPrev, params));
    }

    /**
     * {@code pool_backward(dA, cache, mode)}.
     *
     * @param dA {@code (m, n_H, n_W, n_C)}, any layout
     * @return {@code dA_prev}, the shape of {@code A_prev}, 'c' order DOUBLE
     */
    static INDArray poolBackward(INDArray dA, PoolCache cache, PoolMode mode) {
        Windows g = new Windows(Shapes.rank4(cache.aPrev(), "A_prev"), cache.params());
        Shapes.checkSame(new int[] {g.m, g.nH, g.nW, g.nC}, Shapes.rank4(dA, "dA"), "dA");
        INDArray in = mode == PoolMode.MAX ? Tensors.contiguous(cache.aPrev()) : null;
        INDArray grad = Tensors.contiguous(dA);
        INDArray out = Nd4j.createUninitialized(DataType.DOUBLE, new long[] {g.m, g.hPrev, g.wPrev, g.nC}, 'c');
        DoubleBuffer src = in == null ? null : Tensors.doubles(in);
        DoubleBuffer gradSrc = Tensors.doubles(grad);
        DoubleBuffer dst = Tensors.doubles(out);
        if (g.tiles()) {
            tiledBackward(g, src, gradSrc, dst, mode);
        } else {
            scatterBackward(g, src, gradSrc, dst, mode);
        }
        Reference.reachabilityFence(in);
        Reference.reachabilityFence(grad);
        Reference.reachabilityFence(out);
        return out;
    }

    /**
     * {@code f == stride}: per image, {@code repeat(A)} and {@code repeat(dA)} one output row at a time
     * (its f image rows of {@code A_prev} streamed in), then the mask pass over the whole image (max),
     * or {@code repeat(0 + dA / f^2)} (average), then one bulk copy out.
     */
    private static void tiledBackward(
            Windows g, DoubleBuffer src, DoubleBuffer gradSrc, DoubleBuffer dst, PoolMode mode) {
        if (mode == PoolMode.MAX) {
            // The mask pass gains from a second core; the other passes are bound by copying.
            int chunks = (g.m + IMAGES_PER_TASK - 1) / IMAGES_PER_TASK;
            IntStream.range(0, chunks)
                    .parallel()
                    .forEach(c -> tiledBackward(
                            g, src, gradSrc, dst, mode, c * IMAGES_PER_TASK, Math.min(g.m, (c + 1) * IMAGES_PER_TASK)));
        } else {
            tiledBackward(g, src, gradSrc, dst, mode, 0, g.m);
        }
    }

    private static void tiledBackward(
            Windows g, DoubleBuffer src, DoubleBuffer gradSrc, DoubleBuffer dst, PoolMode mode, int from, int to) {
        boolean max = mode == PoolMode.MAX;
        double[] image = max ? new double[g.imageLen] : null;
        double[] repeatedA = max ? new double[g.imageLen] : null;
        double[] repeatedDA = max ? new double[g.imageLen] : null;
        double[] dAImage = new double[g.outImageLen];
        double[] dAPrev = new double[g.imageLen]; // rows and columns no window covers stay 0
        double[] row = new double[g.outRowLen]; // A[i, h] (max) or dA[i, h] / f^2 (average)
        for (int i = from; i < to; i++) {
            gradSrc.get(i * g.outImageLen, dAImage, 0, g.outImageLen);
            boolean finite = true;
            for (int h = 0; h < g.nH; h++) {
                int o = h * g.outRowLen;
                int top = h * g.f * g.rowLen;
                if (max) {
                    src.get(g.windowRows(i, h), image, top, g.windowRowsLen);
                    if (g.f == 2) {
                        finite &= g.repeat2x2(image, dAImage, o, repeatedA, repeatedDA, top);
                    } else {
                        g.maxRow(image, top, row, 0);
                        g.repeat(row, dAImage, o, repeatedA, repeatedDA, top);
                        finite &= Windows.allFinite(row);
                    }
                } else {
                    g.shareRow(dAImage, o, row);
                    g.repeat(row, 0, dAPrev, top);
                }
            }
            if (max) {
                g.mask(image, repeatedA, repeatedDA, dAPrev, finite);
            }
            dst.put(i * g.imageLen, dAPrev, 0, g.imageLen);
        }
    }

    /** Any f and stride: zeros, then every output row's scatter-add, image by image. */
    private static void scatterBackward(
            Windows g, DoubleBuffer src, DoubleBuffer gradSrc, DoubleBuffer dst, PoolMode mode) {
        double[] image = mode == PoolMode.MAX ? new double[g.imageLen] : null;
        double[] dAImage = new double[g.outImageLen];
        double[] dAPrev = new double[g.imageLen];
        double[] row = new double[g.outRowLen];
        for (int i = 0; i < g.m; i++) {
            gradSrc.get(i * g.outImageLen, dAImage, 0, g.outImageLen);
            if (mode == PoolMode.MAX) {
                src.get(i * g.imageLen, image, 0, g.imageLen);
            }
            Arrays.fill(dAPrev, 0.0);
            for (int h = 0; h < g.nH; h++) {
                if (mode == PoolMode.MAX) {
                    g.maxRow(image, h * g.stride * g.rowLen, row, 0);
                    g.scatterToMaximaRow(image, dAImage, h, dAPrev, row);
                } else {
                    g.scatterEvenlyRow(dAImage, h, dAPrev, row);
                }
            }
            dst.put(i * g.imageLen, dAPrev, 0, g.imageLen);
        }
    }

    /**
     * {@code 1.0} where {@code x == max}, else {@code 0.0}, for {@code x <= max}, {@code max} finite,
     * in arithmetic that the JIT vectorises (a comparison compiles to a branch per element that
     * mispredicts on a quarter of them, several times slower): {@code max - x} is exactly 0 when they
     * are equal and at least {@code 2^-1074} otherwise (the difference of two distinct doubles never
     * rounds to 0), which two exact power-of-two scalings take to at least 1 (or infinity), clamped
     * to 1. A NaN or infinite {@code max} can make {@code max - x} NaN (NaN - x, inf - inf), so images with such a window
     * use a comparison instead ({@link Windows#mask}).
     */
    static double equalsMax(double x, double max) {
        return 1.0 - Math.min(1.0, (max - x) * 0x1p600 * 0x1p474);
    }

    /**
     * The sliding-window view's geometry over the batch, flat (NHWC, row-major), and its row
     * operations. A "window row" is the f image rows {@code h * stride ... h * stride + f - 1} that
     * the windows of output row {@code h} cover.
     */
    private static final class Windows {
        final int m;
        final int hPrev;
        final int wPrev;
        final int nC;
        final int f;
        final int stride;
        final int nH;
        final int nW;
        /** Values in one image row of A_prev, one image of A_prev, one output row, one output image. */
        final int rowLen;

        final int imageLen;
        final int outRowLen;
        final int outImageLen;
        /** Values in the f image rows of one window row. */
        final int windowRowsLen;
        /** Distance in the image between the windows of two neighbouring outputs {@code w, w + 1}. */
        final int step;
        /** Values of one image row that some window of an output row covers. */
        final int span;
        /**
         * {@code f == stride}: for each of the {@code span} values of an image row, the output
         * {@code w * n_C + c} whose window holds it (the index map of {@code np.repeat(., f, axis=w)}).
         */
        final int[] upsampled;

        Windows(int[] shape, PoolParams params) {
            this.m = shape[0];
            this.hPrev = shape[1];
            this.wPrev = shape[2];
            this.nC = shape[3];
            this.f = params.f();
            this.stride = params.stride();
            this.nH = params.outputSize(hPrev);
            this.nW = params.outputSize(wPrev);
            this.rowLen = Math.multiplyExact(wPrev, nC);
            this.imageLen = Math.multiplyExact(hPrev, rowLen);
            this.outRowLen = Math.multiplyExact(nW, nC);
            this.outImageLen = Math.multiplyExact(nH, outRowLen);
            this.windowRowsLen = Math.multiplyExact(f, rowLen);
            Math.multiplyExact(m, imageLen); // flat indices into the batch are ints (DoubleBuffer)
            this.step = stride * nC;
            this.span = ((nW - 1) * stride + f) * nC;
            this.upsampled = new int[f == stride ? span : 0];
            for (int x = 0; x < upsampled.length; x++) {
                upsampled[x] = x / step * nC + x % nC;
            }
        }

        /** Whether the windows tile the image ({@code f == stride}): no element in two windows. */
        boolean tiles() {
            return f == stride;
        }

        /** Batch offset of the window row of output row {@code h} of image {@code i}. */
        int windowRows(int i, int h) {
            return i * imageLen + h * stride * rowLen;
        }

        /**
         * {@code a[o + w * n_C + c] = W[h, w, c].max()} for every w and c of one output row, the window
         * row starting at {@code src[top]} (2 x 2 windows unrolled). Max and mean are separate methods
         * so that the JIT compiles each for its own case and switching modes deoptimises neither.
         */
        void maxRow(double[] src, int top, double[] a, int o) {
            if (f == 2) {
                max2x2Row(src, top, a, o);
                return;
            }
            for (int c = 0; c < nC; c++) {
                for (int w = 0, d = o + c, s = top + c; w < nW; w++, d += nC, s += step) {
                    double max = src[s];
                    for (int kh = 0, r = s; kh < f; kh++, r += rowLen) {
                        for (int kw = 0, x = r; kw < f; kw++, x += nC) {
                            max = Math.max(max, src[x]);
                        }
                    }
                    a[d] = max;
                }
            }
        }

        /** {@link #maxRow} for 2 x 2 windows, unrolled. */
        private void max2x2Row(double[] src, int top, double[] a, int o) {
            int below = rowLen;
            int right = nC;
            for (int c = 0; c < nC; c++) {
                for (int w = 0, d = o + c, s = top + c; w < nW; w++, d += nC, s += step) {
                    a[d] = Math.max(Math.max(src[s], src[s + right]), Math.max(src[s + below], src[s + below + right]));
                }
            }
        }

        /**
         * {@code a[o + w * n_C + c] = W[h, w, c].mean()} for every w and c of one output row, the
         * window row starting at {@code src[top]}: each window summed from 0 in row-major order (2 x 2
         * windows unrolled), then divided by the count in one contiguous pass.
         */
        void meanRow(double[] src, int top, double[] a, int o) {
            if (f == 2) {
                sum2x2Row(src, top, a, o);
            } else {
                for (int c = 0; c < nC; c++) {
                    for (int w = 0, d = o + c, s = top + c; w < nW; w++, d += nC, s += step) {
                        double sum = 0.0;
                        for (int kh = 0, r = s; kh < f; kh++, r += rowLen) {
                            for (int kw = 0, x = r; kw < f; kw++, x += nC) {
                                sum += src[x];
                            }
                        }
                        a[d] = sum;
                    }
                }
            }
            double count = f * f;
            for (int d = o; d < o + outRowLen; d++) {
                a[d] /= count;
            }
        }

        /** The sums of {@link #meanRow} for 2 x 2 windows, unrolled. */
        private void sum2x2Row(double[] src, int top, double[] a, int o) {
            int below = rowLen;
            int right = nC;
            for (int c = 0; c < nC; c++) {
                for (int w = 0, d = o + c, s = top + c; w < nW; w++, d += nC, s += step) {
                    a[d] = 0.0 + src[s] + src[s + right] + src[s + below] + src[s + below + right];
                }
            }
        }

        /**
         * {@code out[top + kh * rowLen + (w * f + kw) * n_C + c] = values[o + w * n_C + c]} for every kh
         * and kw: the f image rows at {@code top} of
         * {@code np.repeat(np.repeat(values, f, axis=h), f, axis=w)} ({@code f == stride}), {@code span}
         * values each.
         */
        void repeat(double[] values, int o, double[] out, int top) {
            for (int x = 0; x < span; x++) {
                out[top + x] = values[o + upsampled[x]];
            }
            for (int kh = 1; kh < f; kh++) {
                System.arraycopy(out, top, out, top + kh * rowLen, span);
            }
        }

        /** {@link #repeat} of {@code a[0:]} into {@code outA} and of {@code b[o:]} into {@code outB}, in one pass. */
        void repeat(double[] a, double[] b, int o, double[] outA, double[] outB, int top) {
            for (int x = 0; x < span; x++) {
                int v = upsampled[x];
                outA[top + x] = a[v];
                outB[top + x] = b[o + v];
            }
            for (int kh = 1; kh < f; kh++) {
                System.arraycopy(outA, top, outA, top + kh * rowLen, span);
                System.arraycopy(outB, top, outB, top + kh * rowLen, span);
            }
        }

        /**
         * {@link #repeat} for 2 x 2 windows with {@code stride == 2}, fused with the maxima: for every
         * window, its maximum into its four positions of {@code outA} and {@code b[o + w * n_C + c]}
         * into those of {@code outB} (the window's positions in the image, as all image-sized arrays
         * are indexed alike). Returns whether every maximum is finite.
         */
        boolean repeat2x2(double[] image, double[] b, int o, double[] outA, double[] outB, int top) {
            boolean finite = true;
            int below = rowLen;
            int right = nC;
            for (int c = 0; c < nC; c++) {
                for (int w = 0, d = o + c, s = top + c; w < nW; w++, d += nC, s += step) {
                    double max = Math.max(
                            Math.max(image[s], image[s + right]), Math.max(image[s + below], image[s + below + right]));
                    finite &= max - max == 0.0;
                    outA[s] = max;
                    outA[s + right] = max;
                    outA[s + below] = max;
                    outA[s + below + right] = max;
                    double g = b[d];
                    outB[s] = g;
                    outB[s + right] = g;
                    outB[s + below] = g;
                    outB[s + below + right] = g;
                }
            }
            return finite;
        }

        /** Whether every value is finite (neither NaN nor infinite). */
        static boolean allFinite(double[] values) {
            boolean finite = true;
            for (double v : values) {
                finite &= v - v == 0.0;
            }
            return finite;
        }

        /** {@code share[d] = 0 + dA[o + d] / (f * f)}: the notebook's {@code distribute_value} of one output row. */
        void shareRow(double[] dA, int o, double[] share) {
            int count = f * f;
            for (int d = 0; d < outRowLen; d++) {
                share[d] = 0.0 + dA[o + d] / count;
            }
        }

        /**
         * {@code f == stride}, max: {@code out[x] = 0 + (image[x] == repeatedA[x]) * repeatedDA[x]} over
         * every image row some window covers ({@code span} values of each, in one pass over the whole
         * image when the windows cover it: the JIT's vector loop needs long runs), by
         * {@link #equalsMax} when every maximum of the image is {@code finite}, else by comparison (the
         * notebook's mask, NaN and infinities included).
         */
        void mask(double[] image, double[] repeatedA, double[] repeatedDA, double[] out, boolean finite) {
            boolean whole = span == rowLen;
            for (int r = 0; r < (whole ? 1 : nH * f); r++) {
                int from = r * rowLen;
                int to = whole ? nH * f * rowLen : from + span;
                if (finite) {
                    for (int x = from; x < to; x++) {
                        out[x] = 0.0 + equalsMax(image[x], repeatedA[x]) * repeatedDA[x];
                    }
                } else {
                    for (int x = from; x < to; x++) {
                        out[x] = 0.0 + (image[x] == repeatedA[x] ? 1.0 : 0.0) * repeatedDA[x];
                    }
                }
            }
        }

        /** Image offset of window element {@code (kh, kw)} of output {@code (h, w = 0, c = 0)}. */
        private int windowStart(int h, int kh, int kw) {
            return (h * stride + kh) * rowLen + kw * nC;
        }

        /**
         * Adds {@code mask * dA[h, w, c]} into the window of every output of row {@code h}, the mask
         * being the notebook's {@code x == np.max(x)}: 1 at every position equal to the window's
         * maximum (all tied maxima), 0 elsewhere; {@code max} holds the row's maxima.
         */
        void scatterToMaximaRow(double[] image, double[] dA, int h, double[] dAPrev, double[] max) {
            int o = h * outRowLen;
            for (int kh = 0; kh < f; kh++) {
                for (int kw = f - 1; kw >= 0; kw--) {
                    int start = windowStart(h, kh, kw);
                    for (int c = 0; c < nC; c++) {
                        for (int w = 0, d = c, s = start + c; w < nW; w++, d += nC, s += step) {
                            // an int mask compiles to a conditional move; a double one to a
                            // branch that mispredicts on most windows (about 4x slower)
                            int mask = image[s] == max[d] ? 1 : 0;
                            dAPrev[s] += mask * dA[o + d];
                        }
                    }
                }
            }
        }

        /**
         * Adds the notebook's {@code distribute_value(dA[h, w, c], (f, f))}, {@code dA / (f * f)} at
         * every position, into the window of every output of row {@code h} ({@link #shareRow}'s
         * {@code 0 +} changes nothing here: added to a sum that starts at +0.0, -0.0 and +0.0 give the
         * same bits).
         */
        void scatterEvenlyRow(double[] dA, int h, double[] dAPrev, double[] share) {
            shareRow(dA, h * outRowLen, share);
            for (int kh = 0; kh < f; kh++) {
                for (int kw = f - 1; kw >= 0; kw--) {
                    int start = windowStart(h, kh, kw);
                    for (int c = 0; c < nC; c++) {
                        for (int w = 0, d = c, s = start + c; w < nW; w++, d += nC, s += step) {
                            dAPrev[s] += share[d];
                        }
                    }
                }
            }
        }
    }
}
