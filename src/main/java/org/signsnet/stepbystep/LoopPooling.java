package org.signsnet.stepbystep;

import static org.signsnet.stepbystep.Index.all;
import static org.signsnet.stepbystep.Index.point;
import static org.signsnet.stepbystep.Index.range;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The notebook's pooling functions, ported loop for loop and slice for slice
 * ({@code pool_forward}, {@code create_mask_from_window}, {@code distribute_value},
 * {@code pool_backward}). Arrays are NHWC {@code (m, n_H, n_W, n_C)}.
 */
public final class LoopPooling {
    private LoopPooling() {}

    /**
     * {@code pool_forward(A_prev, hparameters, mode)}: {@code np.max} or {@code np.mean} of every
     * {@code f x f} window of every channel.
     *
     * @param aPrev {@code (m, n_H_prev, n_W_prev, n_C_prev)}
     * @return {@code A (m, n_H, n_W, n_C_prev)} and {@code cache = (A_prev, hparameters)}
     */
    public static PoolForward poolForward(INDArray aPrev, PoolParams hparameters, PoolMode mode) {
        int[] shape = Shapes.rank4(aPrev, "A_prev");
        int m = shape[0];
        int f = hparameters.f();
        int stride = hparameters.stride();
        int nH = hparameters.outputSize(shape[1]);
        int nW = hparameters.outputSize(shape[2]);
        int nC = shape[3];

        StridedArray input = StridedArray.of(aPrev);
        StridedArray a = StridedArray.zeros(m, nH, nW, nC);
        for (int i = 0; i < m; i++) {
            for (int h = 0; h < nH; h++) {
                for (int w = 0; w < nW; w++) {
                    for (int c = 0; c < nC; c++) {
                        int vertStart = h * stride;
                        int vertEnd = vertStart + f;
                        int horizStart = w * stride;
                        int horizEnd = horizStart + f;
                        StridedArray aPrevSlice =
                                input.get(point(i), range(vertStart, vertEnd), range(horizStart, horizEnd), point(c));
                        if (mode == PoolMode.MAX) {
                            a.set(aPrevSlice.max(), i, h, w, c);
                        } else if (mode == PoolMode.AVERAGE) {
                            a.set(aPrevSlice.mean(), i, h, w, c);
                        }
                    }
                }
            }
        }
        return new PoolForward(a.toINDArray(), new PoolCache(aPrev, hparameters));
    }

    /**
     * {@code create_mask_from_window(x)}: {@code x == np.max(x)}, true at every position holding the
     * maximum (all of them when the maximum is tied).
     *
     * @param x a window {@code (f, f)} (any shape works)
     * @return a BOOL array of the same shape
     */
    public static INDArray createMaskFromWindow(INDArray x) {
        return createMaskFromWindow(StridedArray.of(x)).toINDArray().castTo(DataType.BOOL);
    }

    static StridedArray createMaskFromWindow(StridedArray x) {
        return x.eq(x.max());
    }

    /**
     * {@code distribute_value(dz, shape)}: {@code np.full(shape, dz / (n_H * n_W))}.
     *
     * @return {@code (n_H, n_W)} filled with {@code dz / (n_H * n_W)}
     */
    public static INDArray distributeValue(double dz, int nH, int nW) {
        return distributeValue(dz, new int[] {nH, nW}).toINDArray();
    }

    static StridedArray distributeValue(double dz, int[] shape) {
        int nH = shape[0];
        int nW = shape[1];
        double average = dz / (nH * nW);
        return StridedArray.full(shape, average);
    }

    /**
     * {@code pool_backward(dA, cache, mode)}: routes each {@code dA[i,h,w,c]} back to its window,
     * through the max mask ({@code np.multiply(mask, dA[i,h,w,c])}) or spread evenly
     * ({@code distribute_value(da, (f,f))}), accumulating with {@code +=} where windows overlap.
     *
     * @param dA {@code (m, n_H, n_W, n_C)}
     * @return {@code dA_prev}, the shape of {@code A_prev}
     */
    public static INDArray poolBackward(INDArray dA, PoolCache cache, PoolMode mode) {
        int[] prevShape = Shapes.rank4(cache.aPrev(), "A_prev");
        int[] dAShape = Shapes.rank4(dA, "dA");
        int stride = cache.params().stride();
        int f = cache.params().f();
        Shapes.checkSame(
                new int[] {
                    prevShape[0],
                    cache.params().outputSize(prevShape[1]),
                    cache.params().outputSize(prevShape[2]),
                    prevShape[3]
                },
                dAShape,
                "dA");
        int m = dAShape[0];
        int nH = dAShape[1];
        int nW = dAShape[2];
        int nC = dAShape[3];

        StridedArray aPrevAll = StridedArray.of(cache.aPrev());
        StridedArray gradient = StridedArray.of(dA);
        StridedArray dAPrev = StridedArray.zeros(prevShape);
        for (int i = 0; i < m; i++) {
            StridedArray aPrev = aPrevAll.get(point(i), all(), all(), all());
            for (int h = 0; h < nH; h++) {
                for (int w = 0; w < nW; w++) {
                    for (int c = 0; c < nC; c++) {
                        int vertStart = h * stride;
                        int vertEnd = vertStart + f;
                        int horizStart = w * stride;
                        int horizEnd = horizStart + f;
                        StridedArray window =
                                dAPrev.get(point(i), range(vertStart, vertEnd), range(horizStart, horizEnd), point(c));
                        if (mode == PoolMode.MAX) {
                            StridedArray aPrevSlice =
                                    aPrev.get(range(vertStart, vertEnd), range(horizStart, horizEnd), point(c));
                            StridedArray mask = createMaskFromWindow(aPrevSlice);
                            window.addi(mask.mul(gradient.item(i, h, w, c)));
                        } else if (mode == PoolMode.AVERAGE) {
                            double da = gradient.item(i, h, w, c);
                            int[] shape = {f, f};
                            window.addi(distributeValue(da, shape));
                        }
                    }
                }
            }
        }
        return dAPrev.toINDArray();
    }
}
