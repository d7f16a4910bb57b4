package org.signsnet.nn;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link MaxPoolKernel} for float data with the Vector API: {@link MaxPool2d}'s comparisons eight
 * channels at a time, four windows side by side (one compare-and-blend chain per window is limited
 * by its latency). Windows cut by the image border and channels beyond the last full group of
 * eight are left to {@link MaxPool2d}. Loaded only when the Vector API module is present ({@link Kernels}).
 */
final class VectorMaxPool2d implements MaxPoolKernel {
    static final VectorMaxPool2d INSTANCE = new VectorMaxPool2d();
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_256;
    private static final VectorSpecies<Integer> I = IntVector.SPECIES_256;
    private static final int L = 8;

    private VectorMaxPool2d() {}

    @Override
    public void forward(PoolShape s, FlatArray input, FlatArray output, int[] argmax, int from, int to) {
        float[] x = ((FlatArray.Floats) input).values();
        float[] y = ((FlatArray.Floats) output).values();
        int full = s.c() - s.c() % L;
        int[] offsets = windowOffsets(s);
        for (int n = from; n < to; n++) {
            for (int oh = 0; oh < s.oH(); oh++) {
                boolean rowsInside = s.rowEnd(oh) - s.rowStart(oh) == s.kH();
                int ow = 0;
                while (ow < s.oW()) {
                    if (!rowsInside || !inside(s, ow)) {
                        MaxPool2d.window(s, input, output, argmax, n, oh, ow, 0, s.c());
                        ow++;
                        continue;
                    }
                    int run = 1;
                    while (run < 4 && ow + run < s.oW() && inside(s, ow + run)) {
                        run++;
                    }
                    int first = ((n * s.h() + s.rowStart(oh)) * s.w() + s.columnStart(ow)) * s.c();
                    int out = ((n * s.oH() + oh) * s.oW() + ow) * s.c();
                    int step = s.sW() * s.c();
                    for (int c0 = 0; c0 < full; c0 += L) {
                        if (run == 4) {
                            fourWindows(x, first + c0, step, offsets, y, argmax, out + c0, s.c());
                        } else {
                            for (int k = 0; k < run; k++) {
                                oneWindow(x, first + k * step + c0, offsets, y, argmax, out + k * s.c() + c0);
                            }
                        }
                    }
                    for (int k = 0; k < run && full < s.c(); k++) {
                        MaxPool2d.window(s, input, output, argmax, n, oh, ow + k, full, s.c());
                    }
                    ow += run;
                }
            }
        }
    }

    /** Whether output column {@code ow}'s windows lie inside the image. */
    private static boolean inside(PoolShape s, int ow) {
        return s.columnEnd(ow) - s.columnStart(ow) == s.kW();
    }

    /** Offsets of a whole window's elements from its first, in (row, column) order. */
    private static int[] windowOffsets(PoolShape s) {
        int[] offsets = new int[s.kH() * s.kW()];
        for (int r = 0; r < s.kH(); r++) {
            for (int col = 0; col < s.kW(); col++) {
                offsets[r * s.kW() + col] = (r * s.w() + col) * s.c();
            }
        }
        return offsets;
    }

    private static void oneWindow(float[] x, int first, int[] offsets, float[] y, int[] argmax, int out) {
        FloatVector best = FloatVector.broadcast(S, -Float.MAX_VALUE);
        IntVector at = IntVector.zero(I);
        for (int e = 0; e < offsets.length; e++) {
            FloatVector v = FloatVector.fromArray(S, x, first + offsets[e]);
            VectorMask<Float> greater = v.compare(VectorOperators.GT, best);
            best = best.blend(v, greater);
            at = at.blend(offsets[e], greater.cast(I));
        }
        store(best, at, first, y, argmax, out);
    }

    private static void fourWindows(
            float[] x, int first, int step, int[] offsets, float[] y, int[] argmax, int out, int c) {
        FloatVector b0 = FloatVector.broadcast(S, -Float.MAX_VALUE);
        FloatVector b1 = b0;
        FloatVector b2 = b0;
        FloatVector b3 = b0;
        IntVector a0 = IntVector.zero(I);
        IntVector a1 = a0;
        IntVector a2 = a0;
        IntVector a3 = a0;
        for (int e = 0; e < offsets.length; e++) {
            int i = first + offsets[e];
            FloatVector v0 = FloatVector.fromArray(S, x, i);
            FloatVector v1 = FloatVector.fromArray(S, x, i + step);
            FloatVector v2 = FloatVector.fromArray(S, x, i + 2 * step);
            FloatVector v3 = FloatVector.fromArray(S, x, i + 3 * step);
            VectorMask<Float> g0 = v0.compare(VectorOperators.GT, b0);
            VectorMask<Float> g1 = v1.compare(VectorOperators.GT, b1);
            VectorMask<Float> g2 = v2.compare(VectorOperators.GT, b2);
            VectorMask<Float> g3 = v3.compare(VectorOperators.GT, b3);
            b0 = b0.blend(v0, g0);
            b1 = b1.blend(v1, g1);
            b2 = b2.blend(v2, g2);
            b3 = b3.blend(v3, g3);
            a0 = a0.blend(offsets[e], g0.cast(I));
            a1 = a1.blend(offsets[e], g1.cast(I));
            a2 = a2.blend(offsets[e], g2.cast(I));
            a3 = a3.blend(offsets[e], g3.cast(I));
        }
        store(b0, a0, first, y, argmax, out);
        store(b1, a1, first + step, y, argmax, out + c);
        store(b2, a2, first + 2 * step, y, argmax, out + 2 * c);
        store(b3, a3, first + 3 * step, y, argmax, out + 3 * c);
    }

    /** The maxima, and their flat input indices: window start + winning offset + lane. */
    private static void store(FloatVector best, IntVector at, int first, float[] y, int[] argmax, int out) {
        best.intoArray(y, out);
        if (argmax != null) {
            at.add(IntVector.zero(I).addIndex(1)).add(first).intoArray(argmax, out);
        }
    }
}
