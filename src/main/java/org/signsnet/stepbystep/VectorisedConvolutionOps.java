package org.signsnet.stepbystep;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * {@link ConvolutionOps} with whole-batch operations: convolution as im2col + gemm (implicit column
 * matrix; a register-blocked Java kernel forward, row-wide rank-1 updates backward;
 * {@link VectorisedConvolution}), pooling as reductions over the sliding-window view
 * ({@link VectorisedPooling}). Single-threaded like the loops, but for the max-pool backward with
 * {@code f == stride}, whose mask pass shares the images between the cores. Same
 * values as {@link LoopConvolutionOps} up to summation order (agreement to 1e-12 is tested), one to two
 * orders of magnitude faster ({@code signsnet step-by-step --bench}).
 */
public final class VectorisedConvolutionOps implements ConvolutionOps {

    @Override
    public ConvForward convForward(INDArray aPrev, INDArray w, INDArray b, ConvParams params) {
        return VectorisedConvolution.convForward(aPrev, w, b, params);
    }

    @Override
    public ConvGradients convBackward(INDArray dZ, ConvCache cache) {
        return VectorisedConvolution.convBackward(dZ, cache);
    }

    @Override
    public PoolForward poolForward(INDArray aPrev, PoolParams params, PoolMode mode) {
        return VectorisedPooling.poolForward(aPrev, params, mode);
    }

    @Override
    public INDArray poolBackward(INDArray dA, PoolCache cache, PoolMode mode) {
        return VectorisedPooling.poolBackward(dA, cache, mode);
    }

    @Override
    public String toString() {
        return "vectorised";
    }
}
