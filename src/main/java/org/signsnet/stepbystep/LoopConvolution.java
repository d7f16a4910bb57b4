package org.signsnet.stepbystep;

import static org.signsnet.stepbystep.Index.all;
import static org.signsnet.stepbystep.Index.point;
import static org.signsnet.stepbystep.Index.range;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The notebook's convolution functions, ported loop for loop and slice for slice
 * ({@code zero_pad}, {@code conv_single_step}, {@code conv_forward}, {@code conv_backward}).
 * Arrays are NHWC {@code (m, n_H, n_W, n_C)}; slicing has numpy's view semantics through
 * {@link StridedArray}, so each line below corresponds to one line of the notebook.
 */
public final class LoopConvolution {
    private LoopConvolution() {}

    /**
     * {@code zero_pad(X, pad)}: {@code np.pad(X, ((0,0), (pad,pad), (pad,pad), (0,0)), 'constant')}.
     *
     * @param x {@code (m, n_H, n_W, n_C)}
     * @return {@code (m, n_H + 2*pad, n_W + 2*pad, n_C)}
     */
    public static INDArray zeroPad(INDArray x, int pad) {
        Shapes.rank4(x, "X");
        return zeroPad(StridedArray.of(x), pad).toINDArray();
    }

    static StridedArray zeroPad(StridedArray x, int pad) {
        if (pad < 0) {
            throw new IllegalArgumentException("pad must be at least 0, got " + pad);
        }
        int[] shape = x.shape();
        StridedArray xPad = StridedArray.zeros(shape[0], shape[1] + 2 * pad, shape[2] + 2 * pad, shape[3]);
        xPad.get(all(), range(pad, pad + shape[1]), range(pad, pad + shape[2]), all())
                .assign(x);
        return xPad;
    }

    /**
     * {@code conv_single_step(a_slice_prev, W, b)}: {@code float(np.sum(a_slice_prev * W) + b)},
     * summed in numpy's pairwise order so the result matches the notebook to the last bit.
     *
     * @param aSlicePrev {@code (f, f, n_C_prev)}
     * @param w {@code (f, f, n_C_prev)}
     * @param b {@code (1, 1, 1)} (any single-element array)
     */
    public static double convSingleStep(INDArray aSlicePrev, INDArray w, INDArray b) {
        if (b.length() != 1) {
            throw new IllegalArgumentException("b must hold one value, got shape " + Arrays.toString(b.shape()));
        }
        return convSingleStep(StridedArray.of(aSlicePrev), StridedArray.of(w), b.getDouble(0));
    }

    static double convSingleStep(StridedArray aSlicePrev, StridedArray w, double b) {
        StridedArray s = aSlicePrev.mul(w);
        double z = s.sum();
        return z + b;
    }

    /**
     * {@code conv_forward(A_prev, W, b, hparameters)} with the notebook's four nested loops.
     *
     * @param aPrev {@code (m, n_H_prev, n_W_prev, n_C_prev)}
     * @param w {@code (f, f, n_C_prev, n_C)}
     * @param b {@code (1, 1, 1, n_C)}
     * @return {@code Z (m, n_H, n_W, n_C)} and {@code cache = (A_prev, W, b, hparameters)}
     */
    public static ConvForward convForward(INDArray aPrev, INDArray w, INDArray b, ConvParams hparameters) {
        int[] aShape = Shapes.rank4(aPrev, "A_prev");
        int[] wShape = Shapes.rank4(w, "W");
        Shapes.checkConv(aShape, wShape, Shapes.rank4(b, "b"));
        int m = aShape[0];
        int f = wShape[0];
        int nC = wShape[3];
        int stride = hparameters.stride();
        int pad = hparameters.pad();
        int nH = hparameters.outputSize(aShape[1], f);
        int nW = hparameters.outputSize(aShape[2], f);

        StridedArray bias = StridedArray.of(b);
        StridedArray weights = StridedArray.of(w);
        StridedArray z = StridedArray.zeros(m, nH, nW, nC);
        StridedArray aPrevPad = zeroPad(StridedArray.of(aPrev), pad);
        for (int i = 0; i < m; i++) {
            StridedArray aPrevPadI = aPrevPad.get(point(i), all(), all(), all());
            for (int h = 0; h < nH; h++) {
                for (int wi = 0; wi < nW; wi++) {
                    for (int c = 0; c < nC; c++) {
                        int vertStart = h * stride;
                        int vertEnd = vertStart + f;
                        int horizStart = wi * stride;
                        int horizEnd = horizStart + f;
                        StridedArray aSlicePrev =
                                aPrevPadI.get(range(vertStart, vertEnd), range(horizStart, horizEnd), all());
                        z.set(
                                convSingleStep(
                                        aSlicePrev, weights.get(all(), all(), all(), point(c)), bias.item(0, 0, 0, c)),
                                i,
                                h,
                                wi,
                                c);
                    }
                }
            }
        }
        return new ConvForward(z.toINDArray(), new ConvCache(aPrev, w, b, hparameters));
    }

    /**
     * {@code conv_backward(dZ, cache)} with the notebook's loops:
     * {@code da_prev_pad[window] += W[:,:,:,c] * dZ[i,h,w,c]}, {@code dW[:,:,:,c] += a_slice * dZ[i,h,w,c]},
     * {@code db[:,:,:,c] += dZ[i,h,w,c]}.
     *
     * <p>Deviation from the notebook: it un-pads with {@code da_prev_pad[pad:-pad, pad:-pad, :]},
     * which is empty for {@code pad = 0} (the assignment then fails); this port slices
     * {@code [pad:pad+n_H_prev, pad:pad+n_W_prev, :]}, identical for {@code pad > 0} and correct for 0.
     *
     * @param dZ {@code (m, n_H, n_W, n_C)}
     * @return {@code dA_prev (m, n_H_prev, n_W_prev, n_C_prev)}, {@code dW (f, f, n_C_prev, n_C)}, {@code db (1, 1, 1, n_C)}
     */
    public static ConvGradients convBackward(INDArray dZ, ConvCache cache) {
        int[] aShape = Shapes.rank4(cache.aPrev(), "A_prev");
        int[] wShape = Shapes.rank4(cache.w(), "W");
        int[] dzShape = Shapes.rank4(dZ, "dZ");
        int f = wShape[0];
        int stride = cache.params().stride();
        int pad = cache.params().pad();
        Shapes.checkSame(
                new int[] {
                    aShape[0],
                    cache.params().outputSize(aShape[1], f),
                    cache.params().outputSize(aShape[2], f),
                    wShape[3]
                },
                dzShape,
                "dZ");
        int m = dzShape[0];
        int nH = dzShape[1];
        int nW = dzShape[2];
        int nC = dzShape[3];

        StridedArray weights = StridedArray.of(cache.w());
        StridedArray dz = StridedArray.of(dZ);
        StridedArray dAPrev = StridedArray.zeros(aShape);
        StridedArray dW = StridedArray.zeros(wShape);
        StridedArray db = StridedArray.zeros(1, 1, 1, nC);

        StridedArray aPrevPad = zeroPad(StridedArray.of(cache.aPrev()), pad);
        StridedArray dAPrevPad = zeroPad(dAPrev, pad);
        for (int i = 0; i < m; i++) {
            StridedArray aPrevPadI = aPrevPad.get(point(i), all(), all(), all());
            StridedArray daPrevPad = dAPrevPad.get(point(i), all(), all(), all());
            for (int h = 0; h < nH; h++) {
                for (int wi = 0; wi < nW; wi++) {
                    for (int c = 0; c < nC; c++) {
                        int vertStart = h * stride;
                        int vertEnd = vertStart + f;
                        int horizStart = wi * stride;
                        int horizEnd = horizStart + f;
                        StridedArray aSlice =
                                aPrevPadI.get(range(vertStart, vertEnd), range(horizStart, horizEnd), all());
                        double dzI = dz.item(i, h, wi, c);
                        daPrevPad
                                .get(range(vertStart, vertEnd), range(horizStart, horizEnd), all())
                                .addi(weights.get(all(), all(), all(), point(c)).mul(dzI));
                        dW.get(all(), all(), all(), point(c)).addi(aSlice.mul(dzI));
                        db.get(all(), all(), all(), point(c)).addi(dzI);
                    }
                }
            }
            dAPrev.get(point(i), all(), all(), all())
                    .assign(daPrevPad.get(range(pad, pad + aShape[1]), range(pad, pad + aShape[2]), all()));
        }
        return new ConvGradients(dAPrev.toINDArray(), dW.toINDArray(), db.toINDArray());
    }
}
