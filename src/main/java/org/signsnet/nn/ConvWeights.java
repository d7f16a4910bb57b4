package org.signsnet.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J keeps a convolution's weights as {@code W [o, c, kH, kW]} (c-order); the kernels read them
 * as {@code [kH][kW][c][o]} (forward, one vector of output channels per tap) and
 * {@code [kH][kW][o][c]} (input gradient), and write the weight gradient per image as
 * {@code [kH][kW][c][o]}.
 */
final class ConvWeights {
    private ConvWeights() {}

    /** {@code W} as {@code [kH][kW][c][o]}. */
    static FlatArray byTap(INDArray w, Conv2dShape s) {
        FlatArray out = NdArrays.allocate(w.dataType(), s.weights());
        read(NdArrays.copyOf(w), 0, s, out, null);
        return out;
    }

    /** {@code W} as {@code [kH][kW][o][c]}. */
    static FlatArray byTapTransposed(INDArray w, Conv2dShape s) {
        FlatArray out = NdArrays.allocate(w.dataType(), s.weights());
        read(NdArrays.copyOf(w), 0, s, null, out);
        return out;
    }

    /**
     * {@code W}, found in DL4J's layout at {@code dl4j[offset ..]}, into {@code byTap}
     * ({@code [kH][kW][c][o]}) and {@code transposed} ({@code [kH][kW][o][c]}), each when not null.
     */
    static void read(FlatArray dl4j, int offset, Conv2dShape s, FlatArray byTap, FlatArray transposed) {
        for (int o = 0; o < s.o(); o++) {
            for (int c = 0; c < s.c(); c++) {
                for (int kh = 0; kh < s.kH(); kh++) {
                    for (int kw = 0; kw < s.kW(); kw++) {
                        double w = dl4j.get(offset + dl4jIndex(s, o, c, kh, kw));
                        if (byTap != null) {
                            byTap.set(((kh * s.kW() + kw) * s.c() + c) * s.o() + o, w);
                        }
                        if (transposed != null) {
                            transposed.set(((kh * s.kW() + kw) * s.o() + o) * s.c() + c, w);
                        }
                    }
                }
            }
        }
    }

    /**
     * {@code dW = sum over images n = 0, 1, ... of partials[n]} (each {@code [kH][kW][c][o]}), added in
     * image order from 0, into DL4J's layout in {@code gradientView [o, c, kH, kW]}.
     */
    static void sumIntoGradient(FlatArray partials, Conv2dShape s, INDArray gradientView) {
        FlatArray dw = NdArrays.allocate(gradientView.dataType(), s.weights());
        sum(partials, s, dw, 0);
        NdArrays.assign(gradientView, dw);
    }

    /** {@link #sumIntoGradient}'s sum, written in DL4J's layout to {@code target[offset ..]}. */
    static void sum(FlatArray partials, Conv2dShape s, FlatArray target, int offset) {
        for (int o = 0; o < s.o(); o++) {
            for (int c = 0; c < s.c(); c++) {
                for (int kh = 0; kh < s.kH(); kh++) {
                    for (int kw = 0; kw < s.kW(); kw++) {
                        int k = ((kh * s.kW() + kw) * s.c() + c) * s.o() + o;
                        int d = offset + dl4jIndex(s, o, c, kh, kw);
                        target.set(d, 0);
                        for (int n = 0; n < s.m(); n++) {
                            target.add(d, partials.get(n * s.weights() + k));
                        }
                    }
                }
            }
        }
    }

    /** {@code db = sum over images n of partials[n]} ({@code o} each), in image order from 0, into {@code gradientView}. */
    static void sumBiasIntoGradient(FlatArray partials, Conv2dShape s, INDArray gradientView) {
        FlatArray db = NdArrays.allocate(gradientView.dataType(), s.o());
        sumBias(partials, s, db, 0);
        NdArrays.assign(gradientView, db);
    }

    /** {@link #sumBiasIntoGradient}'s sum, written to {@code target[offset ..]}. */
    static void sumBias(FlatArray partials, Conv2dShape s, FlatArray target, int offset) {
        for (int o = 0; o < s.o(); o++) {
            target.set(offset + o, 0);
            for (int n = 0; n < s.m(); n++) {
                target.add(offset + o, partials.get(n * s.o() + o));
            }
        }
    }

    private static int dl4jIndex(Conv2dShape s, int o, int c, int kh, int kw) {
        return ((o * s.c() + c) * s.kH() + kh) * s.kW() + kw;
    }
}
