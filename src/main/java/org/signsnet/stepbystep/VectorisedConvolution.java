package org.signsnet.stepbystep;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * {@code conv_forward} and {@code conv_backward} as matrix products (im2col + gemm). Every output
 * position {@code (i, h, w)} is one row of the column matrix {@code cols}: the window's
 * {@code f*f*n_C_prev} input values in the order of {@code Wm = W.reshape(f*f*n_C_prev, n_C)}, so
 * <pre>
 *   Z       = cols . Wm + b
 *   dW      = cols^T . dZ          db = sum of dZ over all rows
 *   dcols   = dZ . Wm^T            dA_prev = col2im(dcols), cropped by pad
 * </pre>
 * The column matrix is implicit: in NHWC a window row {@code (kw, c_prev)} is a contiguous run of
 * {@code f*n_C_prev} values of the padded input, so each row of {@code cols} is read as {@code f} runs
 * straight from {@code A_prev_pad} instead of being copied out first. The forward products run in a
 * register-blocked gemm kernel (8 output channels per block); the backward ones as rank-1 updates
 * over whole rows of {@code cols} that the JIT vectorises (see {@code backwardImage}).
 * Single-threaded, like the loops it is compared with: the speed-up comes from the data layout and
 * the kernels, not from more cores.
 */
final class VectorisedConvolution {
    private static final int BLOCK = 8;
    /** Output positions the backward pass takes at a time. */
    private static final int POSITIONS = 4;

    private VectorisedConvolution() {}

    static ConvForward convForward(INDArray aPrev, INDArray w, INDArray b, ConvParams params) {
        int[] aShape = Shapes.rank4(aPrev, "A_prev");
        int[] wShape = Shapes.rank4(w, "W");
        Shapes.checkConv(aShape, wShape, Shapes.rank4(b, "b"));
        Geometry g = new Geometry(aShape, wShape[0], wShape[3], params);
        double[] aPad = g.pad(Tensors.toDoubles(aPrev));
        double[] wm = Tensors.toDoubles(w);
        double[] bias = Tensors.toDoubles(b);
        double[] z = new double[g.m * g.nH * g.nW * g.nC];
        for (int i = 0; i < g.m; i++) {
            g.forwardImage(i, aPad, wm, bias, z);
        }
        return new ConvForward(Tensors.fromDoubles(z, g.m, g.nH, g.nW, g.nC), new ConvCache(aPrev, w, b, params));
    }

    static ConvGradients convBackward(INDArray dZ, ConvCache cache) {
        int[] aShape = Shapes.rank4(cache.aPrev(), "A_prev");
        int[] wShape = Shapes.rank4(cache.w(), "W");
        Geometry g = new Geometry(aShape, wShape[0], wShape[3], cache.params());
        Shapes.checkSame(new int[] {g.m, g.nH, g.nW, g.nC}, Shapes.rank4(dZ, "dZ"), "dZ");
        double[] aPad = g.pad(Tensors.toDoubles(cache.aPrev()));
        double[] wm = Tensors.toDoubles(cache.w());
        double[] dz = Tensors.toDoubles(dZ);
        double[] dAPad = new double[aPad.length];
        double[][] wmT = g.transpose(wm);
        double[][] dWT = new double[g.nC][g.k];
        double[] db = new double[g.nC];
        double[][] cols = new double[POSITIONS][g.k];
        double[] dcol = new double[g.k];
        for (int i = 0; i < g.m; i++) {
            g.backwardImage(i, aPad, wmT, dz, dAPad, dWT, db, cols, dcol);
        }
        return new ConvGradients(
                Tensors.fromDoubles(g.crop(dAPad), g.m, g.hPrev, g.wPrev, g.cPrev),
                Tensors.fromDoubles(g.untranspose(dWT), g.f, g.f, g.cPrev, g.nC),
                Tensors.fromDoubles(db, 1, 1, 1, g.nC));
    }

    /** Sizes of one convolution and the implicit im2col index arithmetic over a padded NHWC buffer. */
    private static final class Geometry {
        final int m;
        final int hPrev;
        final int wPrev;
        final int cPrev;
        final int f;
        final int nC;
        final int stride;
        final int pad;
        final int hPad;
        final int wPad;
        final int nH;
        final int nW;
        /** Columns of the column matrix, {@code f*f*n_C_prev}. */
        final int k;
        /** Length of one contiguous window row, {@code f*n_C_prev}. */
        final int run;

        Geometry(int[] aShape, int f, int nC, ConvParams params) {
            this.m = aShape[0];
            this.hPrev = aShape[1];
            this.wPrev = aShape[2];
            this.cPrev = aShape[3];
            this.f = f;
            this.nC = nC;
            this.stride = params.stride();
            this.pad = params.pad();
            this.hPad = hPrev + 2 * pad;
            this.wPad = wPrev + 2 * pad;
            this.nH = params.outputSize(hPrev, f);
            this.nW = params.outputSize(wPrev, f);
            this.k = f * f * cPrev;
            this.run = f * cPrev;
        }

        /** Flat offset in the padded input of the window row {@code kh} of output {@code (i, h, w)}. */
        private int windowRow(int i, int h, int w, int kh) {
            return ((i * hPad + h * stride + kh) * wPad + w * stride) * cPrev;
        }

        /** {@code Z[i] = cols[i] . Wm + b}, eight output channels at a time. */
        void forwardImage(int i, double[] aPad, double[] wm, double[] bias, double[] z) {
            for (int h = 0; h < nH; h++) {
                for (int w = 0; w < nW; w++) {
                    int out = ((i * nH + h) * nW + w) * nC;
                    int j0 = 0;
                    for (; j0 + BLOCK <= nC; j0 += BLOCK) {
                        forwardBlock(i, h, w, j0, aPad, wm, bias, z, out);
                    }
                    for (int j = j0; j < nC; j++) {
                        double acc = 0;
                        for (int kh = 0; kh < f; kh++) {
                            int src = windowRow(i, h, w, kh);
                            int wRow = kh * run * nC + j;
                            for (int q = 0; q < run; q++) {
                                acc += aPad[src + q] * wm[wRow + q * nC];
                            }
                        }
                        z[out + j] = acc + bias[j];
                    }
                }
            }
        }

        private void forwardBlock(
                int i, int h, int w, int j0, double[] aPad, double[] wm, double[] bias, double[] z, int out) {
            double z0 = 0;
            double z1 = 0;
            double z2 = 0;
            double z3 = 0;
            double z4 = 0;
            double z5 = 0;
            double z6 = 0;
            double z7 = 0;
            for (int kh = 0; kh < f; kh++) {
                int src = windowRow(i, h, w, kh);
                int wRow = kh * run * nC + j0;
                for (int q = 0; q < run; q++) {
                    double a = aPad[src + q];
                    int wq = wRow + q * nC;
                    z0 += a * wm[wq];
                    z1 += a * wm[wq + 1];
                    z2 += a * wm[wq + 2];
                    z3 += a * wm[wq + 3];
                    z4 += a * wm[wq + 4];
                    z5 += a * wm[wq + 5];
                    z6 += a * wm[wq + 6];
                    z7 += a * wm[wq + 7];
                }
            }
            int o = out + j0;
            z[o] = z0 + bias[j0];
            z[o + 1] = z1 + bias[j0 + 1];
            z[o + 2] = z2 + bias[j0 + 2];
            z[o + 3] = z3 + bias[j0 + 3];
            z[o + 4] = z4 + bias[j0 + 4];
            z[o + 5] = z5 + bias[j0 + 5];
            z[o + 6] = z6 + bias[j0 + 6];
            z[o + 7] = z7 + bias[j0 + 7];
        }

        /**
         * Image {@code i}'s share of {@code dW += cols^T . dZ}, {@code db += sum dZ} and
         * {@code dA_prev_pad += col2im(dZ . Wm^T)}, {@value VectorisedConvolution#POSITIONS} output positions (rows of
         * {@code cols}) of an output row at a time: their rows are gathered into {@code cols} (f runs
         * each), then per output channel j {@code dW^T[j] += cols[p] * dZ[p, j]} for the positions in
         * turn, and per position {@code dcol = sum_j dZ[p, j] * Wm^T[j]}, which is added back into the
         * f runs of {@code dA_prev_pad}. Every product runs over whole rows of length
         * {@code k = f*f*n_C_prev} with all arrays indexed alike, which the JIT vectorises; a loop
         * takes up to four rank-1 terms at once (fewer, longer loops), each still rounded in turn, so
         * {@code dW} is summed in the loops' order: positions in increasing {@code (i, h, w)}.
         */
        void backwardImage(
                int i,
                double[] aPad,
                double[][] wmT,
                double[] dz,
                double[] dAPad,
                double[][] dWT,
                double[] db,
                double[][] cols,
                double[] dcol) {
            for (int h = 0; h < nH; h++) {
                for (int w0 = 0; w0 < nW; w0 += POSITIONS) {
                    int n = Math.min(POSITIONS, nW - w0);
                    int row0 = ((i * nH + h) * nW + w0) * nC;
                    for (int p = 0; p < n; p++) {
                        for (int kh = 0; kh < f; kh++) {
                            System.arraycopy(aPad, windowRow(i, h, w0 + p, kh), cols[p], kh * run, run);
                        }
                    }
                    for (int j = 0; j < nC; j++) {
                        if (n == POSITIONS) {
                            axpy4(
                                    dz[row0 + j],
                                    cols[0],
                                    dz[row0 + nC + j],
                                    cols[1],
                                    dz[row0 + 2 * nC + j],
                                    cols[2],
                                    dz[row0 + 3 * nC + j],
                                    cols[3],
                                    dWT[j]);
                        } else {
                            for (int p = 0; p < n; p++) {
                                axpy(dz[row0 + p * nC + j], cols[p], dWT[j]);
                            }
                        }
                    }
                    for (int p = 0; p < n; p++) {
                        int row = row0 + p * nC;
                        inputGradientRow(dz, row, wmT, dcol);
                        for (int kh = 0; kh < f; kh++) {
                            addRun(dcol, kh * run, dAPad, windowRow(i, h, w0 + p, kh));
                        }
                        for (int j = 0; j < nC; j++) {
                            db[j] += dz[row + j];
                        }
                    }
                }
            }
        }

        /** {@code dcol = dZ[row, 0] * Wm^T[0] + dZ[row, 1] * Wm^T[1] + ...}, summed left to right, four channels a loop. */
        private void inputGradientRow(double[] dz, int row, double[][] wmT, double[] dcol) {
            int j = 0;
            if (nC >= 4) {
                sum4(dz[row], wmT[0], dz[row + 1], wmT[1], dz[row + 2], wmT[2], dz[row + 3], wmT[3], dcol);
                j = 4;
            } else {
                scale(dz[row], wmT[0], dcol);
                j = 1;
            }
            for (; j + 4 <= nC; j += 4) {
                axpy4(
                        dz[row + j],
                        wmT[j],
                        dz[row + j + 1],
                        wmT[j + 1],
                        dz[row + j + 2],
                        wmT[j + 2],
                        dz[row + j + 3],
                        wmT[j + 3],
                        dcol);
            }
            for (; j < nC; j++) {
                axpy(dz[row + j], wmT[j], dcol);
            }
        }

        /** {@code y += a * x}. */
        private static void axpy(double a, double[] x, double[] y) {
            for (int q = 0; q < y.length; q++) {
                y[q] += a * x[q];
            }
        }

        /** {@code y = (((y + a * x) + b * u) + c * v) + d * t}: four {@link #axpy}s in one loop, same roundings. */
        private static void axpy4(
                double a, double[] x, double b, double[] u, double c, double[] v, double d, double[] t, double[] y) {
            for (int q = 0; q < y.length; q++) {
                y[q] = y[q] + a * x[q] + b * u[q] + c * v[q] + d * t[q];
            }
        }

        /** {@code y = ((a * x + b * u) + c * v) + d * t}. */
        private static void sum4(
                double a, double[] x, double b, double[] u, double c, double[] v, double d, double[] t, double[] y) {
            for (int q = 0; q < y.length; q++) {
                y[q] = a * x[q] + b * u[q] + c * v[q] + d * t[q];
            }
        }

        /** {@code y = a * x}. */
        private static void scale(double a, double[] x, double[] y) {
            for (int q = 0; q < y.length; q++) {
                y[q] = a * x[q];
            }
        }

        /** {@code target[to:to+run] += values[from:from+run]}. */
        private void addRun(double[] values, int from, double[] target, int to) {
            for (int q = 0; q < run; q++) {
                target[to + q] += values[from + q];
            }
        }

        /** {@code Wm^T}: for each output channel j, its column of {@code Wm} ({@code k} values). */
        double[][] transpose(double[] wm) {
            double[][] t = new double[nC][k];
            for (int x = 0; x < k; x++) {
                for (int j = 0; j < nC; j++) {
                    t[j][x] = wm[x * nC + j];
                }
            }
            return t;
        }

        /** The inverse of {@link #transpose}: {@code (k, n_C)} row-major, W's {@code (f, f, n_C_prev, n_C)} order. */
        double[] untranspose(double[][] t) {
            double[] wm = new double[k * nC];
            for (int x = 0; x < k; x++) {
                for (int j = 0; j < nC; j++) {
                    wm[x * nC + j] = t[j][x];
                }
            }
            return wm;
        }

        /** {@code zero_pad} on a flat NHWC buffer. */
        double[] pad(double[] a) {
            if (pad == 0) {
                return a;
            }
            double[] out = new double[m * hPad * wPad * cPrev];
            int rowLength = wPrev * cPrev;
            for (int i = 0; i < m; i++) {
                for (int h = 0; h < hPrev; h++) {
                    System.arraycopy(
                            a,
                            (i * hPrev + h) * rowLength,
                            out,
                            ((i * hPad + h + pad) * wPad + pad) * cPrev,
                            rowLength);
                }
            }
            return out;
        }

        /** {@code dA_prev_pad[:, pad:pad+n_H_prev, pad:pad+n_W_prev, :]} as a flat NHWC buffer. */
        double[] crop(double[] aPad) {
            if (pad == 0) {
                return aPad;
            }
            double[] out = new double[m * hPrev * wPrev * cPrev];
            int rowLength = wPrev * cPrev;
            for (int i = 0; i < m; i++) {
                for (int h = 0; h < hPrev; h++) {
                    System.arraycopy(
                            aPad,
                            ((i * hPad + h + pad) * wPad + pad) * cPrev,
                            out,
                            (i * hPrev + h) * rowLength,
                            rowLength);
                }
            }
            return out;
        }
    }
}
