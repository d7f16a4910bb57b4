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
        FlatArray dl4j = NdArrays.copyOf(w);
        FlatArray out = NdArrays.allocate(w.dataType(), s.weights());
        for (int o = 0; o < s.o(); o++) {
            for (int c = 0; c < s.c(); c++) {
                for (int kh = 0; kh < s.kH(); kh++) {
                    for (int kw = 0; kw < s.kW(); kw++) {
                        out.set(((kh * s.kW() + kw) * s.c() + c) * s.o() + o, dl4j.get(dl4jIndex(s, o, c, kh, kw)));
                    }
                }
            }
        }
        return out;
    }

    /** {@code W} as {@code [kH][kW][o][c]}. */
    static FlatArray byTapTransposed(INDArray w, Conv2dShape s) {
        FlatArray dl4j = NdArrays.copyOf(w);
        FlatArray out = NdArrays.allocate(w.dataType(), s.weights());
        for (int o = 0; o < s.o(); o++) {
            for (int c = 0; c < s.c(); c++) {
                for (int kh = 0; kh < s.kH(); kh++) {
                    for (int kw = 0; kw < s.kW(); kw++) {
                        out.set(((kh * s.kW() + kw) * s.o() + o) * s.c() + c, dl4j.get(dl4jIndex(s, o, c, kh, kw)));
                    }
                }
            }
        }
        return out;
    }

    /**
     * {@code dW = sum over images n = 0, 1, ... of partials[n]} (each {@code [kH][kW][c][o]}), added in
     * image order from 0, into DL4J's layout in {@code gradientView [o, c, kH, kW]}.
     */
    static void sumIntoGradient(FlatArray partials, Conv2dShape s, INDArray gradientView) {
        FlatArray dw = NdArrays.allocate(gradientView.dataType(), s.weights());
        for (int o = 0; o < s.o(); o++) {
            for (int c = 0; c < s.c(); c++) {
                for (int kh = 0; kh < s.kH(); kh++) {
                    for (int kw = 0; kw < s.kW(); kw++) {
                        int k = ((kh * s.kW() + kw) * s.c() + c) * s.o() + o;
                        int d = dl4jIndex(s, o, c, kh, kw);
                        for (int n = 0; n < s.m(); n++) {
                            dw.add(d, partials.get(n * s.weights() + k));
                        }
                    }
                }
            }
        }
        NdArrays.assign(gradientView, dw);
    }

    /** {@code db = sum over images n of partials[n]} ({@code o} each), in image order from 0, into {@code gradientView}. */
    static void sumBiasIntoGradient(FlatArray partials, Conv2dShape s, INDArray gradientView) {
        FlatArray db = NdArrays.allocate(gradientView.dataType(), s.o());
        for (int o = 0; o < s.o(); o++) {
            for (int n = 0; n < s.m(); n++) {
                db.add(o, partials.get(n * s.o() + o));
            }
        }
        NdArrays.assign(gradientView, db);
    }

    private static int dl4jIndex(Conv2dShape s, int o, int c, int kh, int kw) {
        return ((o * s.c() + c) * s.kH() + kh) * s.kW() + kw;
    }
}
