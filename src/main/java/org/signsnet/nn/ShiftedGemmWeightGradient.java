package org.signsnet.nn;

import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The weight gradient of a stride-1 NHWC convolution without its input gradient:
 * {@code dW[o, i, kh, kw] = sum over (n, h, w) of dZ[n, h, w, o] * Xpad[n, h + kh, w + kw, i]}.
 *
 * <p>libnd4j's {@code conv2d_bp} always computes the input gradient too, and with three input
 * channels oneDNN's backward kernels are slow (about 30 ms at batch 64 on one core for the
 * notebook's first layer). Here both operands are laid out on the same zero-padded grid
 * ({@code Hp = oH + kH - 1}, {@code Wp = oW + kW - 1}), so that for each kernel tap the shifted
 * input is just the flattened padded input starting {@code kh * Wp + kw} rows later: one BLAS
 * {@code gemm} per tap, {@code [C x Q] x [Q x O]} with {@code Q = m * Hp * Wp}, no im2col.
 * Padded rows of {@code dZ} are zero, so they add nothing. About 12 ms for the same layer.
 */
final class ShiftedGemmWeightGradient {
    private ShiftedGemmWeightGradient() {
    }

    /** Whether the geometry allows this method: NHWC, stride 1, dilation 1. */
    static boolean supports(Conv2dGeometry g) {
        return g.isNhwcUnitStride();
    }

    /**
     * Writes the weight gradient into {@code dw}.
     *
     * @param x  layer input {@code (m, H, W, C)}
     * @param dz gradient with respect to the convolution output {@code (m, oH, oW, O)}
     * @param dw output {@code [O, C, kH, kW]} (DL4J's layout; typically the network's gradient view)
     */
    static void compute(INDArray x, INDArray dz, INDArray dw, Conv2dGeometry g, LayerWorkspaceMgr mgr) {
        long m = x.size(0);
        long h = x.size(1);
        long w = x.size(2);
        long c = x.size(3);
        long oH = dz.size(1);
        long oW = dz.size(2);
        long o = dz.size(3);
        int kH = g.kernel()[0];
        int kW = g.kernel()[1];
        long hp = oH + kH - 1;
        long wp = oW + kW - 1;
        int[] topLeft = g.topLeftPadding(h, w);

        // One extra all-zero image at the end keeps the last tap's rows in bounds.
        INDArray xPadded = mgr.createUninitialized(ArrayType.BP_WORKING_MEM, x.dataType(), new long[] {m + 1, hp, wp, c}, 'c');
        pad(x, xPadded, new int[][] {{0, 1}, {topLeft[0], (int) (hp - h - topLeft[0])}, {topLeft[1], (int) (wp - w - topLeft[1])}, {0, 0}});
        INDArray dzPadded = mgr.createUninitialized(ArrayType.BP_WORKING_MEM, dz.dataType(), new long[] {m, hp, wp, o}, 'c');
        pad(dz, dzPadded, new int[][] {{0, 0}, {0, (int) (hp - oH)}, {0, (int) (wp - oW)}, {0, 0}});

        long rows = m * hp * wp;
        INDArray xRows = xPadded.reshape('c', (m + 1) * hp * wp, c);
        INDArray dzRows = dzPadded.reshape('c', rows, o);
        // 'c' order matters: with an 'f' result libnd4j's matmul takes a path about 3x slower.
        INDArray tap = mgr.createUninitialized(ArrayType.BP_WORKING_MEM, x.dataType(), new long[] {c, o}, 'c');
        for (int kh = 0; kh < kH; kh++) {
            for (int kw = 0; kw < kW; kw++) {
                long shift = kh * wp + kw;
                INDArray shifted = xRows.get(NDArrayIndex.interval(shift, shift + rows), NDArrayIndex.all());
                Nd4j.gemm(shifted, dzRows, tap, true, false, 1.0, 0.0);
                dw.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(kh), NDArrayIndex.point(kw))
                        .assign(tap.transpose());
            }
        }
    }

    /** libnd4j's {@code pad} (constant zeros), far faster than assigning into a strided view. */
    private static void pad(INDArray in, INDArray out, int[][] paddings) {
        INDArray spec;
        try (var ignored = Nd4j.getMemoryManager().scopeOutOfWorkspaces()) {
            spec = Nd4j.createFromArray(paddings);
        }
        Nd4j.exec(DynamicCustomOp.builder("pad").addInputs(in, spec).addOutputs(out)
                .addIntegerArguments(0).addFloatingPointArguments(0.0).build());
    }
}
