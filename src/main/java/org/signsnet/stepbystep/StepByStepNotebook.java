package org.signsnet.stepbystep;

import static org.signsnet.stepbystep.Index.all;
import static org.signsnet.stepbystep.Index.point;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.signsnet.random.NumpyRandom;

/**
 * Runs the example cells of the "step by step" notebook in order, re-seeding a {@link NumpyRandom}
 * exactly where the notebook calls {@code np.random.seed(1)} (with a chosen seed instead of 1), and
 * returns everything they print as {@link StepByStepCells}.
 */
public final class StepByStepNotebook {
    private final ConvolutionOps ops;

    /** The notebook with the loop-faithful functions ({@link LoopConvolutionOps}). */
    public StepByStepNotebook() {
        this(new LoopConvolutionOps());
    }

    /** The notebook computed with {@code ops}. */
    public StepByStepNotebook(ConvolutionOps ops) {
        this.ops = ops;
    }

    /**
     * Runs all cells.
     *
     * @param seed the seed for every {@code np.random.seed} call, in [0, 2^32 - 1]
     */
    public StepByStepCells run(long seed) {
        NumpyRandom random = new NumpyRandom(seed);
        StepByStepCells.ZeroPad zeroPad = zeroPad(random, seed);
        StepByStepCells.ConvSingleStep single = convSingleStep(random, seed);
        random.seed(seed);
        INDArray aPrev = Tensors.randn(random, 10, 4, 4, 3);
        INDArray w = Tensors.randn(random, 2, 2, 3, 8);
        INDArray b = Tensors.randn(random, 1, 1, 1, 8);
        ConvForward forward = ops.convForward(aPrev, w, b, new ConvParams(2, 2));
        StepByStepCells.ConvForwardCell convForward = new StepByStepCells.ConvForwardCell(
                NumpyMath.mean(Tensors.toDoubles(forward.z())),
                forward.z()
                        .get(NDArrayIndex.point(3), NDArrayIndex.point(2), NDArrayIndex.point(1), NDArrayIndex.all())
                        .dup(),
                forward.cache()
                        .aPrev()
                        .get(NDArrayIndex.point(1), NDArrayIndex.point(2), NDArrayIndex.point(3), NDArrayIndex.all())
                        .dup());
        StepByStepCells.PoolForwardCell poolForward = poolForward(random, seed);
        random.seed(seed);
        ConvGradients gradients = ops.convBackward(forward.z(), forward.cache());
        StepByStepCells.ConvBackwardCell convBackward = new StepByStepCells.ConvBackwardCell(
                NumpyMath.mean(Tensors.toDoubles(gradients.dAPrev())),
                NumpyMath.mean(Tensors.toDoubles(gradients.dW())),
                NumpyMath.mean(Tensors.toDoubles(gradients.db())));
        random.seed(seed);
        INDArray x = Tensors.randn(random, 2, 3);
        StepByStepCells.CreateMask mask = new StepByStepCells.CreateMask(x, LoopPooling.createMaskFromWindow(x));
        StepByStepCells.DistributeValue distribute =
                new StepByStepCells.DistributeValue(LoopPooling.distributeValue(2, 2, 2));
        return new StepByStepCells(
                seed,
                zeroPad,
                single,
                convForward,
                poolForward,
                convBackward,
                mask,
                distribute,
                poolBackward(random, seed));
    }

    private static StepByStepCells.ZeroPad zeroPad(NumpyRandom random, long seed) {
        random.seed(seed);
        INDArray x = Tensors.randn(random, 4, 3, 3, 2);
        INDArray xPad = LoopConvolution.zeroPad(x, 2);
        return new StepByStepCells.ZeroPad(x.shape(), xPad.shape(), slice11(x), slice11(xPad));
    }

    private static StepByStepCells.ConvSingleStep convSingleStep(NumpyRandom random, long seed) {
        random.seed(seed);
        INDArray aSlicePrev = Tensors.randn(random, 4, 4, 3);
        INDArray w = Tensors.randn(random, 4, 4, 3);
        INDArray b = Tensors.randn(random, 1, 1, 1);
        return new StepByStepCells.ConvSingleStep(LoopConvolution.convSingleStep(aSlicePrev, w, b));
    }

    private StepByStepCells.PoolForwardCell poolForward(NumpyRandom random, long seed) {
        random.seed(seed);
        INDArray aPrev = Tensors.randn(random, 2, 4, 4, 3);
        PoolParams hparameters = new PoolParams(3, 2);
        INDArray max = ops.poolForward(aPrev, hparameters, PoolMode.MAX).a();
        INDArray average = ops.poolForward(aPrev, hparameters, PoolMode.AVERAGE).a();
        return new StepByStepCells.PoolForwardCell(max, average);
    }

    private StepByStepCells.PoolBackwardCell poolBackward(NumpyRandom random, long seed) {
        random.seed(seed);
        INDArray aPrev = Tensors.randn(random, 5, 5, 3, 2);
        PoolForward forward = ops.poolForward(aPrev, new PoolParams(2, 1), PoolMode.MAX);
        INDArray dA = Tensors.randn(random, 5, 4, 2, 2);
        INDArray max = ops.poolBackward(dA, forward.cache(), PoolMode.MAX);
        INDArray average = ops.poolBackward(dA, forward.cache(), PoolMode.AVERAGE);
        return new StepByStepCells.PoolBackwardCell(
                NumpyMath.mean(Tensors.toDoubles(dA)), slice11(max), slice11(average));
    }

    /** {@code a[1,1]} of a rank-4 array: its {@code (n_W, n_C)} slice, copied. */
    private static INDArray slice11(INDArray a) {
        return StridedArray.of(a).get(point(1), point(1), all(), all()).toINDArray();
    }
}
