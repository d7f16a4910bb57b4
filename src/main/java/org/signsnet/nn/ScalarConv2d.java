package org.signsnet.nn;

/**
 * {@link Conv2dKernel} in plain Java, one value at a time, in float or double as the arrays are
 * ({@link FlatArray}). It defines the order of every sum; {@link VectorConv2d} calls its
 * channel-range methods for the channels that do not fill a vector.
 */
final class ScalarConv2d implements Conv2dKernel {
    static final ScalarConv2d INSTANCE = new ScalarConv2d();

    private ScalarConv2d() {}

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
        for (int n = from; n < to; n++) {
            for (int oh = 0; oh < s.oH(); oh++) {
                row(s, paddedInput, weights, bias, relu, n, oh, output, (n * s.oH() + oh) * s.oW() * s.o(), 0, s.o());
            }
        }
    }

    /** Output row {@code (n, oh)}, channels {@code [o0, o1)}, into {@code z} from element {@code at}. */
    void row(
            Conv2dShape s,
            FlatArray x,
            FlatArray weights,
            FlatArray bias,
            boolean relu,
            int n,
            int oh,
            FlatArray z,
            int at,
            int o0,
            int o1) {
        int wp = s.paddedW();
        for (int ow = 0; ow < s.oW(); ow++) {
            int zi = at + ow * s.o();
            z.clear(zi + o0, zi + o1);
            int xi = ((n * s.paddedH() + oh * s.sH()) * wp + ow * s.sW()) * s.c();
            for (int kh = 0; kh < s.kH(); kh++) {
                for (int c = 0; c < s.c(); c++) {
                    for (int kw = 0; kw < s.kW(); kw++) {
                        double xv = x.get(xi + (kh * wp + kw) * s.c() + c);
                        int wi = ((kh * s.kW() + kw) * s.c() + c) * s.o();
                        for (int o = o0; o < o1; o++) {
                            z.fma(zi + o, xv, weights.get(wi + o));
                        }
                    }
                }
            }
            for (int o = o0; o < o1; o++) {
                if (bias != null) {
                    z.add(zi + o, bias.get(o));
                }
                if (relu) {
                    z.set(zi + o, Math.max(z.get(zi + o), 0));
                }
            }
        }
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
        FlatArray row = NdArrays.sameKind(paddedInput, s.oW() * s.o());
        for (int n = from; n < to; n++) {
            for (int oh = 0; oh < s.oH(); oh++) {
                if (FusedPooling.pooledRow(p, oh) >= 0) {
                    row(s, paddedInput, weights, bias, relu, n, oh, row, 0, 0, s.o());
                    poolRow(s, p, row, n, oh, pooled, argmax, 0, s.o());
                }
            }
        }
    }

    /**
     * Max-pools conv output row {@code (n, oh)} (in {@code row}), channels {@code [o0, o1)}, into its
     * pooled row: the first row of a window starts each maximum from the lowest finite value with
     * the window's first element as winner; then, as {@link MaxPool2d}, a strictly larger value wins.
     */
    static void poolRow(
            Conv2dShape s, PoolShape p, FlatArray row, int n, int oh, FlatArray pooled, int[] argmax, int o0, int o1) {
        int ph = FusedPooling.pooledRow(p, oh);
        int rowStart = (n * s.oH() + oh) * s.oW() * s.o();
        for (int pw = 0; pw < p.oW(); pw++) {
            int out = ((n * p.oH() + ph) * p.oW() + pw) * s.o();
            if (oh == p.rowStart(ph)) {
                int first = rowStart + p.columnStart(pw) * s.o();
                for (int o = o0; o < o1; o++) {
                    pooled.set(out + o, pooled.lowest());
                    if (argmax != null) {
                        argmax[out + o] = first + o;
                    }
                }
            }
            for (int ow = p.columnStart(pw); ow < p.columnEnd(pw); ow++) {
                for (int o = o0; o < o1; o++) {
                    double v = row.get(ow * s.o() + o);
                    if (v > pooled.get(out + o)) {
                        pooled.set(out + o, v);
                        if (argmax != null) {
                            argmax[out + o] = rowStart + ow * s.o() + o;
                        }
                    }
                }
            }
        }
    }

    @Override
    public void gather(Conv2dShape s, FlatArray gradient, FlatArray reluOutput, int n, SparseGradient into) {
        into.count = 0;
        for (int pixel = 0; pixel < s.oH() * s.oW(); pixel++) {
            int gi = (n * s.oH() * s.oW() + pixel) * s.o();
            boolean nonZero = false;
            for (int o = 0; o < s.o(); o++) {
                double dz = reluOutput == null || reluOutput.get(gi + o) > 0 ? gradient.get(gi + o) : 0;
                into.values.set(into.count * s.o() + o, dz);
                nonZero |= dz != 0;
            }
            if (nonZero) {
                into.add(pixel);
            }
        }
    }

    @Override
    public void weightGradient(
            Conv2dShape s,
            FlatArray paddedInput,
            SparseGradient dz,
            int n,
            FlatArray weightPartials,
            FlatArray biasPartials) {
        weightGradient(s, paddedInput, dz, n, weightPartials, biasPartials, 0, s.o());
    }

    /** {@link #weightGradient} for output channels {@code [o0, o1)} only. */
    void weightGradient(
            Conv2dShape s,
            FlatArray x,
            SparseGradient dz,
            int n,
            FlatArray partials,
            FlatArray biasPartials,
            int o0,
            int o1) {
        int first = n * s.weights();
        for (int t = 0; t < s.taps(); t++) {
            partials.clear(first + t * s.o() + o0, first + t * s.o() + o1);
        }
        for (int k = 0; k < dz.count; k++) {
            int xi = window(s, n, dz.pixels[k]);
            for (int kh = 0; kh < s.kH(); kh++) {
                for (int kw = 0; kw < s.kW(); kw++) {
                    for (int c = 0; c < s.c(); c++) {
                        double xv = x.get(xi + (kh * s.paddedW() + kw) * s.c() + c);
                        int pi = first + ((kh * s.kW() + kw) * s.c() + c) * s.o();
                        for (int o = o0; o < o1; o++) {
                            partials.fma(pi + o, xv, dz.values.get(k * s.o() + o));
                        }
                    }
                }
            }
        }
        if (biasPartials != null) {
            biasPartials.clear(n * s.o() + o0, n * s.o() + o1);
            for (int k = 0; k < dz.count; k++) {
                for (int o = o0; o < o1; o++) {
                    biasPartials.add(n * s.o() + o, dz.values.get(k * s.o() + o));
                }
            }
        }
    }

    @Override
    public void inputGradient(
            Conv2dShape s, SparseGradient dz, int n, FlatArray transposedWeights, FlatArray paddedInputGradient) {
        inputGradient(s, dz, n, transposedWeights, paddedInputGradient, 0, s.c());
    }

    /** {@link #inputGradient} for input channels {@code [c0, c1)} only. */
    void inputGradient(
            Conv2dShape s, SparseGradient dz, int n, FlatArray transposedWeights, FlatArray dx, int c0, int c1) {
        for (int k = 0; k < dz.count; k++) {
            int window = window(s, n, dz.pixels[k]);
            for (int kh = 0; kh < s.kH(); kh++) {
                for (int kw = 0; kw < s.kW(); kw++) {
                    int xi = window + (kh * s.paddedW() + kw) * s.c();
                    for (int o = 0; o < s.o(); o++) {
                        double d = dz.values.get(k * s.o() + o);
                        int wi = ((kh * s.kW() + kw) * s.o() + o) * s.c();
                        for (int c = c0; c < c1; c++) {
                            dx.fma(xi + c, d, transposedWeights.get(wi + c));
                        }
                    }
                }
            }
        }
    }

    /** The first padded-input element of the window of output pixel {@code pixel} ({@code oh * oW + ow}) of image {@code n}. */
    static int window(Conv2dShape s, int n, int pixel) {
        int oh = pixel / s.oW();
        int ow = pixel % s.oW();
        return ((n * s.paddedH() + oh * s.sH()) * s.paddedW() + ow * s.sW()) * s.c();
    }
}
