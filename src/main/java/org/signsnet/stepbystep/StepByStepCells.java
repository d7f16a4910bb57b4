package org.signsnet.stepbystep;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Everything the notebook's example cells compute and print, for one seed. Arrays are DOUBLE
 * (BOOL for the mask), with the shapes the notebook's expressions have.
 *
 * @param seed the value given to {@code np.random.seed} in every cell (the notebook uses 1)
 */
public record StepByStepCells(
        long seed,
        ZeroPad zeroPad,
        ConvSingleStep convSingleStep,
        ConvForwardCell convForward,
        PoolForwardCell poolForward,
        ConvBackwardCell convBackward,
        CreateMask createMaskFromWindow,
        DistributeValue distributeValue,
        PoolBackwardCell poolBackward) {

    /** {@code x = randn(4, 3, 3, 2); x_pad = zero_pad(x, 2)}: the shapes, {@code x[1,1]} {@code (3, 2)} and {@code x_pad[1,1]} {@code (7, 2)}. */
    public record ZeroPad(long[] xShape, long[] xPadShape, INDArray x11, INDArray xPad11) {}

    /** {@code Z = conv_single_step(randn(4,4,3), randn(4,4,3), randn(1,1,1))}. */
    public record ConvSingleStep(double z) {}

    /** {@code conv_forward} on {@code randn(10,4,4,3)}, pad 2, stride 2: {@code np.mean(Z)}, {@code Z[3,2,1]} {@code (8,)}, {@code cache_conv[0][1][2][3]} {@code (3,)}. */
    public record ConvForwardCell(double zMean, INDArray z321, INDArray cacheConv0123) {}

    /** {@code pool_forward} on {@code randn(2,4,4,3)}, f 3, stride 2: {@code A} {@code (2,1,1,3)} for max and average. */
    public record PoolForwardCell(INDArray max, INDArray average) {}

    /** {@code conv_backward(Z, cache_conv)}: the means of {@code dA}, {@code dW}, {@code db}. */
    public record ConvBackwardCell(double dAMean, double dWMean, double dbMean) {}

    /** {@code x = randn(2,3); mask = create_mask_from_window(x)} (mask is BOOL). */
    public record CreateMask(INDArray x, INDArray mask) {}

    /** {@code a = distribute_value(2, (2,2))}. */
    public record DistributeValue(INDArray a) {}

    /** {@code pool_backward} on {@code randn(5,5,3,2)}, f 2, stride 1, {@code dA = randn(5,4,2,2)}: {@code np.mean(dA)} and {@code dA_prev[1,1]} {@code (3, 2)}. */
    public record PoolBackwardCell(double meanDA, INDArray maxDAPrev11, INDArray averageDAPrev11) {}
}
