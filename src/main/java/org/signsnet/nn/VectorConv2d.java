package org.signsnet.nn;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Conv2dKernel} for float data with the Vector API: the operations of {@link ScalarConv2d}
 * in the same order, eight channels at a time (one 256-bit vector, which AVX2 and AVX-512 machines
 * both run at full speed), so the results are the same bits. Channels beyond the last full group of
 * eight are left to {@link ScalarConv2d}.
 *
 * <p>Loaded only when the JVM runs with {@code --add-modules jdk.incubator.vector} ({@link Kernels}).
 * Each inner loop is one flat loop over taps or pixels with its accumulators in registers: C2 keeps
 * vectors in registers across such loops, while nested loops carrying vectors make it box them.
 */
final class VectorConv2d implements Conv2dKernel {
    static final VectorConv2d INSTANCE = new VectorConv2d();
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_256;
    private static final VectorSpecies<Integer> I = IntVector.SPECIES_256;
    private static final int L = 8;

    private VectorConv2d() {}

    private static float[] floats(FlatArray a) {
        return ((FlatArray.Floats) a).values();
    }

    /** Channels handled with vectors: the largest multiple of the vector length. */
    private static int vectorChannels(int channels) {
        return channels - channels % L;
    }

    /** Offset of tap {@code (kh, kw, c)}, in that order, from its window's first element. */
    private static int[] tapOffsets(Conv2dShape s) {
        int[] offsets = new int[s.taps()];
        int t = 0;
        for (int kh = 0; kh < s.kH(); kh++) {
            for (int kw = 0; kw < s.kW(); kw++) {
                for (int c = 0; c < s.c(); c++) {
                    offsets[t++] = (kh * s.paddedW() + kw) * s.c() + c;
                }
            }
        }
        return offsets;
    }

    /**
     * The taps of a window in {@link ScalarConv2d}'s summation order, kernel row, then channel,
     * then kernel column: each tap's input offset from the window's first element and its weight's
     * index. {@code kW} consecutive taps walk along one input row, one channel.
     */
    private record ForwardTaps(int[] input, int[] weight, int kW) {
        static ForwardTaps of(Conv2dShape s) {
            int[] input = new int[s.taps()];
            int[] weight = new int[s.taps()];
            int t = 0;
            for (int kh = 0; kh < s.kH(); kh++) {
                for (int c = 0; c < s.c(); c++) {
                    for (int kw = 0; kw < s.kW(); kw++) {
                        input[t] = (kh * s.paddedW() + kw) * s.c() + c;
                        weight[t++] = ((kh * s.kW() + kw) * s.c() + c) * s.o();
                    }
                }
            }
            return new ForwardTaps(input, weight, s.kW());
        }
    }

    @Override
    public void forward(
            Conv2dShape s,
            FlatArray paddedInput,
            FlatArray weights,
            FlatArray bias,
            boolean relu,
            FlatArray output,
            int from,
            int to) {
        ForwardTaps taps = ForwardTaps.of(s);
        for (int n = from; n < to; n++) {
            for (int oh = 0; oh < s.oH(); oh++) {
                row(s, taps, paddedInput, weights, bias, relu, n, oh, output, (n * s.oH() + oh) * s.oW() * s.o());
            }
        }
    }

    /** Output row {@code (n, oh)} into {@code z} from element {@code at}. */
    private static void row(
            Conv2dShape s,
            ForwardTaps taps,
            FlatArray paddedInput,
            FlatArray weights,
            FlatArray bias,
            boolean relu,
            int n,
            int oh,
            FlatArray z,
            int at) {
        float[] x = floats(paddedInput);
        float[] w = floats(weights);
        float[] b = bias == null ? null : floats(bias);
        float[] out = floats(z);
        int full = vectorChannels(s.o());
        int step = s.sW() * s.c();
        int xRow = (n * s.paddedH() + oh * s.sH()) * s.paddedW() * s.c();
        for (int o0 = 0; o0 < full; o0 += L) {
            int ow = 0;
            for (; ow + 8 <= s.oW(); ow += 8) {
                int xi = xRow + ow * step;
                int zi = at + ow * s.o();
                if (s.sW() == 1) {
                    eightNeighbours(x, xi, s.c(), taps, w, o0, s.o(), b, relu, out, zi);
                } else {
                    eightPixels(x, xi, step, taps, w, o0, s.o(), b, relu, out, zi);
                }
            }
            for (; ow < s.oW(); ow++) {
                onePixel(x, xRow + ow * step, taps, w, o0, s.o(), b, relu, out, at + ow * s.o());
            }
        }
        if (full < s.o()) {
            ScalarConv2d.INSTANCE.row(s, paddedInput, weights, bias, relu, n, oh, z, at, full, s.o());
        }
    }

    /**
     * Channels {@code [o0, o0 + 8)} of eight neighbouring output pixels (stride 1, so pixel
     * {@code p + 1} is {@code step = c} input elements after pixel {@code p}). Along a window row the
     * input that pixel {@code p} meets at kernel column {@code kw} is the one pixel {@code p - 1}
     * meets at {@code kw + 1}: the eight broadcast inputs {@code b0..b7} slide one pixel per column,
     * so each input is read once for up to {@code kW} multiply-adds, and each weight vector once for
     * eight.
     */
    private static void eightNeighbours(
            float[] x,
            int xi,
            int step,
            ForwardTaps taps,
            float[] w,
            int o0,
            int o,
            float[] b,
            boolean relu,
            float[] z,
            int zi) {
        FloatVector a0 = FloatVector.zero(S);
        FloatVector a1 = a0;
        FloatVector a2 = a0;
        FloatVector a3 = a0;
        FloatVector a4 = a0;
        FloatVector a5 = a0;
        FloatVector a6 = a0;
        FloatVector a7 = a0;
        FloatVector b0 = a0;
        FloatVector b1 = a0;
        FloatVector b2 = a0;
        FloatVector b3 = a0;
        FloatVector b4 = a0;
        FloatVector b5 = a0;
        FloatVector b6 = a0;
        int[] input = taps.input();
        int[] weight = taps.weight();
        int kW = taps.kW();
        int i = xi;
        // One flat loop (C2 keeps the vectors in registers only in a single loop); kw counts the
        // kernel columns, and at the start of each window row the first seven inputs are loaded.
        for (int t = 0, kw = 0; t < input.length; t++, kw = kw + 1 == kW ? 0 : kw + 1) {
            if (kw == 0) {
                i = xi + input[t];
                b0 = FloatVector.broadcast(S, x[i]);
                b1 = FloatVector.broadcast(S, x[i + step]);
                b2 = FloatVector.broadcast(S, x[i + 2 * step]);
                b3 = FloatVector.broadcast(S, x[i + 3 * step]);
                b4 = FloatVector.broadcast(S, x[i + 4 * step]);
                b5 = FloatVector.broadcast(S, x[i + 5 * step]);
                b6 = FloatVector.broadcast(S, x[i + 6 * step]);
            }
            FloatVector b7 = FloatVector.broadcast(S, x[i + (7 + kw) * step]);
            FloatVector wv = FloatVector.fromArray(S, w, weight[t] + o0);
            a0 = b0.fma(wv, a0);
            a1 = b1.fma(wv, a1);
            a2 = b2.fma(wv, a2);
            a3 = b3.fma(wv, a3);
            a4 = b4.fma(wv, a4);
            a5 = b5.fma(wv, a5);
            a6 = b6.fma(wv, a6);
            a7 = b7.fma(wv, a7);
            b0 = b1;
            b1 = b2;
            b2 = b3;
            b3 = b4;
            b4 = b5;
            b5 = b6;
            b6 = b7;
        }
        FloatVector bv = b == null ? null : FloatVector.fromArray(S, b, o0);
        store(a0, bv, relu, z, zi + o0);
        store(a1, bv, relu, z, zi + o + o0);
        store(a2, bv, relu, z, zi + 2 * o + o0);
        store(a3, bv, relu, z, zi + 3 * o + o0);
        store(a4, bv, relu, z, zi + 4 * o + o0);
        store(a5, bv, relu, z, zi + 5 * o + o0);
        store(a6, bv, relu, z, zi + 6 * o + o0);
        store(a7, bv, relu, z, zi + 7 * o + o0);
    }

    /** Channels {@code [o0, o0 + 8)} of eight output pixels {@code step} input elements apart (any stride). */
    private static void eightPixels(
            float[] x,
            int xi,
            int step,
            ForwardTaps taps,
            float[] w,
            int o0,
            int o,
            float[] b,
            boolean relu,
            float[] z,
            int zi) {
        FloatVector a0 = FloatVector.zero(S);
        FloatVector a1 = a0;
        FloatVector a2 = a0;
        FloatVector a3 = a0;
        FloatVector a4 = a0;
        FloatVector a5 = a0;
        FloatVector a6 = a0;
        FloatVector a7 = a0;
        int[] input = taps.input();
        int[] weight = taps.weight();
        for (int t = 0; t < input.length; t++) {
            FloatVector wv = FloatVector.fromArray(S, w, weight[t] + o0);
            int i = xi + input[t];
            a0 = FloatVector.broadcast(S, x[i]).fma(wv, a0);
            a1 = FloatVector.broadcast(S, x[i + step]).fma(wv, a1);
            a2 = FloatVector.broadcast(S, x[i + 2 * step]).fma(wv, a2);
            a3 = FloatVector.broadcast(S, x[i + 3 * step]).fma(wv, a3);
            a4 = FloatVector.broadcast(S, x[i + 4 * step]).fma(wv, a4);
            a5 = FloatVector.broadcast(S, x[i + 5 * step]).fma(wv, a5);
            a6 = FloatVector.broadcast(S, x[i + 6 * step]).fma(wv, a6);
            a7 = FloatVector.broadcast(S, x[i + 7 * step]).fma(wv, a7);
        }
        FloatVector bv = b == null ? null : FloatVector.fromArray(S, b, o0);
        store(a0, bv, relu, z, zi + o0);
        store(a1, bv, relu, z, zi + o + o0);
        store(a2, bv, relu, z, zi + 2 * o + o0);
        store(a3, bv, relu, z, zi + 3 * o + o0);
        store(a4, bv, relu, z, zi + 4 * o + o0);
        store(a5, bv, relu, z, zi + 5 * o + o0);
        store(a6, bv, relu, z, zi + 6 * o + o0);
        store(a7, bv, relu, z, zi + 7 * o + o0);
    }

    private static void onePixel(
            float[] x, int xi, ForwardTaps taps, float[] w, int o0, int o, float[] b, boolean relu, float[] z, int zi) {
        FloatVector a = FloatVector.zero(S);
        int[] input = taps.input();
        int[] weight = taps.weight();
        for (int t = 0; t < input.length; t++) {
            a = FloatVector.broadcast(S, x[xi + input[t]]).fma(FloatVector.fromArray(S, w, weight[t] + o0), a);
        }
        store(a, b == null ? null : FloatVector.fromArray(S, b, o0), relu, z, zi + o0);
    }

    /** {@code + bias}, then ReLU as {@link ScalarConv2d}: {@code max(v, 0)}. */
    private static void store(FloatVector a, FloatVector bias, boolean relu, float[] z, int i) {
        FloatVector v = bias == null ? a : a.add(bias);
        (relu ? v.max(0f) : v).intoArray(z, i);
    }

    @Override
    public void forwardPooled(
            Conv2dShape s,
            PoolShape p,
            FlatArray paddedInput,
            FlatArray weights,
            FlatArray bias,
            boolean relu,
            FlatArray pooled,
            int[] argmax,
            int from,
            int to) {
        ForwardTaps taps = ForwardTaps.of(s);
        FlatArray row = FlatArray.floats(s.oW() * s.o());
        int full = vectorChannels(s.o());
        for (int n = from; n < to; n++) {
            for (int oh = 0; oh < s.oH(); oh++) {
                if (FusedPooling.pooledRow(p, oh) < 0) {
                    continue;
                }
                row(s, taps, paddedInput, weights, bias, relu, n, oh, row, 0);
                for (int o0 = 0; o0 < full; o0 += L) {
                    poolRow(s, p, floats(row), n, oh, floats(pooled), argmax, o0);
                }
                if (full < s.o()) {
                    ScalarConv2d.poolRow(s, p, row, n, oh, pooled, argmax, full, s.o());
                }
            }
        }
    }

    /** {@link ScalarConv2d#poolRow} for channels {@code [o0, o0 + 8)}. */
    private static void poolRow(
            Conv2dShape s, PoolShape p, float[] row, int n, int oh, float[] pooled, int[] argmax, int o0) {
        int ph = FusedPooling.pooledRow(p, oh);
        int rowStart = (n * s.oH() + oh) * s.oW() * s.o();
        IntVector lanes = IntVector.zero(I).addIndex(1);
        for (int pw = 0; pw < p.oW(); pw++) {
            int out = ((n * p.oH() + ph) * p.oW() + pw) * s.o() + o0;
            FloatVector best;
            IntVector at;
            if (oh == p.rowStart(ph)) {
                best = FloatVector.broadcast(S, -Float.MAX_VALUE);
                at = lanes.add(rowStart + p.columnStart(pw) * s.o() + o0);
            } else {
                best = FloatVector.fromArray(S, pooled, out);
                at = argmax == null ? lanes : IntVector.fromArray(I, argmax, out);
            }
            for (int ow = p.columnStart(pw); ow < p.columnEnd(pw); ow++) {
                FloatVector v = FloatVector.fromArray(S, row, ow * s.o() + o0);
                VectorMask<Float> greater = v.compare(VectorOperators.GT, best);
                best = best.blend(v, greater);
                at = at.blend(lanes.add(rowStart + ow * s.o() + o0), greater.cast(I));
            }
            best.intoArray(pooled, out);
            if (argmax != null) {
                at.intoArray(argmax, out);
            }
        }
    }

    @Override
    public void gather(Conv2dShape s, FlatArray gradient, FlatArray reluOutput, int n, SparseGradient into) {
        float[] g = floats(gradient);
        float[] a = reluOutput == null ? null : floats(reluOutput);
        float[] values = floats(into.values);
        int full = vectorChannels(s.o());
        into.count = 0;
        for (int pixel = 0; pixel < s.oH() * s.oW(); pixel++) {
            int gi = (n * s.oH() * s.oW() + pixel) * s.o();
            int vi = into.count * s.o();
            boolean nonZero = false;
            for (int o0 = 0; o0 < full; o0 += L) {
                FloatVector d = dz(g, a, gi + o0);
                d.intoArray(values, vi + o0);
                nonZero |= d.compare(VectorOperators.NE, 0f).anyTrue();
            }
            for (int o = full; o < s.o(); o++) {
                values[vi + o] = a == null || a[gi + o] > 0 ? g[gi + o] : 0f;
                nonZero |= values[vi + o] != 0;
            }
            if (nonZero) {
                into.add(pixel);
            }
        }
    }

    /** {@code dZ} at channels {@code [i, i + 8)}: the gradient where the ReLU output is positive, else 0. */
    private static FloatVector dz(float[] g, float[] a, int i) {
        FloatVector gv = FloatVector.fromArray(S, g, i);
        if (a == null) {
            return gv;
        }
        return FloatVector.zero(S).blend(gv, FloatVector.fromArray(S, a, i).compare(VectorOperators.GT, 0f));
    }

    @Override
    public void weightGradient(
            Conv2dShape s,
            FlatArray paddedInput,
            SparseGradient dz,
            int n,
            FlatArray weightPartials,
            FlatArray biasPartials) {
        float[] x = floats(paddedInput);
        float[] d = floats(dz.values);
        float[] p = floats(weightPartials);
        int full = vectorChannels(s.o());
        int[] offsets = tapOffsets(s);
        int[] windows = new int[dz.count];
        for (int k = 0; k < dz.count; k++) {
            windows[k] = ScalarConv2d.window(s, n, dz.pixels[k]);
        }
        for (int o0 = 0; o0 < full; o0 += L) {
            int pi = n * s.weights() + o0;
            int t = 0;
            for (; t + 4 <= offsets.length; t += 4) {
                fourTaps(x, windows, offsets, t, d, s.o(), o0, p, pi + t * s.o());
            }
            for (; t < offsets.length; t++) {
                oneTap(x, windows, offsets[t], d, s.o(), o0, p, pi + t * s.o());
            }
            if (biasPartials != null) {
                FloatVector sum = FloatVector.zero(S);
                for (int k = 0; k < dz.count; k++) {
                    sum = sum.add(FloatVector.fromArray(S, d, k * s.o() + o0));
                }
                sum.intoArray(floats(biasPartials), n * s.o() + o0);
            }
        }
        if (full < s.o()) {
            ScalarConv2d.INSTANCE.weightGradient(s, paddedInput, dz, n, weightPartials, biasPartials, full, s.o());
        }
    }

    /** Partials of taps {@code t .. t + 3}, channels {@code [o0, o0 + 8)}, summed over the pixels in order. */
    private static void fourTaps(
            float[] x, int[] windows, int[] offsets, int t, float[] d, int o, int o0, float[] p, int pi) {
        int off0 = offsets[t];
        int off1 = offsets[t + 1];
        int off2 = offsets[t + 2];
        int off3 = offsets[t + 3];
        FloatVector s0 = FloatVector.zero(S);
        FloatVector s1 = s0;
        FloatVector s2 = s0;
        FloatVector s3 = s0;
        for (int k = 0; k < windows.length; k++) {
            FloatVector dv = FloatVector.fromArray(S, d, k * o + o0);
            int xi = windows[k];
            s0 = FloatVector.broadcast(S, x[xi + off0]).fma(dv, s0);
            s1 = FloatVector.broadcast(S, x[xi + off1]).fma(dv, s1);
            s2 = FloatVector.broadcast(S, x[xi + off2]).fma(dv, s2);
            s3 = FloatVector.broadcast(S, x[xi + off3]).fma(dv, s3);
        }
        s0.intoArray(p, pi);
        s1.intoArray(p, pi + o);
        s2.intoArray(p, pi + 2 * o);
        s3.intoArray(p, pi + 3 * o);
    }

    private static void oneTap(float[] x, int[] windows, int offset, float[] d, int o, int o0, float[] p, int pi) {
        FloatVector sum = FloatVector.zero(S);
        for (int k = 0; k < windows.length; k++) {
            sum = FloatVector.broadcast(S, x[windows[k] + offset]).fma(FloatVector.fromArray(S, d, k * o + o0), sum);
        }
        sum.intoArray(p, pi);
    }

    @Override
    public void inputGradient(
            Conv2dShape s, SparseGradient dz, int n, FlatArray transposedWeights, FlatArray paddedInputGradient) {
        float[] d = floats(dz.values);
        float[] wt = floats(transposedWeights);
        float[] dx = floats(paddedInputGradient);
        int full = vectorChannels(s.c());
        for (int k = 0; k < dz.count && full > 0; k++) {
            int window = ScalarConv2d.window(s, n, dz.pixels[k]);
            for (int kh = 0; kh < s.kH(); kh++) {
                for (int kw = 0; kw < s.kW(); kw++) {
                    int xi = window + (kh * s.paddedW() + kw) * s.c();
                    int wi = (kh * s.kW() + kw) * s.o() * s.c();
                    for (int c0 = 0; c0 < full; c0 += L) {
                        sumOverChannels(d, k * s.o(), s.o(), wt, wi + c0, s.c(), dx, xi + c0);
                    }
                }
            }
        }
        if (full < s.c()) {
            ScalarConv2d.INSTANCE.inputGradient(s, dz, n, transposedWeights, paddedInputGradient, full, s.c());
        }
    }

    /** {@code dx[i .. i + 8) += sum over o of d[di + o] * wt[wi + o * c ..]}, one fused multiply-add per o in order. */
    private static void sumOverChannels(float[] d, int di, int o, float[] wt, int wi, int c, float[] dx, int i) {
        FloatVector acc = FloatVector.fromArray(S, dx, i);
        for (int k = 0; k < o; k++) {
            acc = FloatVector.broadcast(S, d[di + k]).fma(FloatVector.fromArray(S, wt, wi + k * c), acc);
        }
        acc.intoArray(dx, i);
    }
}
