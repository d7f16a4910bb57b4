package org.signsnet.data;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * The off-heap arrays that hold a training run's minibatches, refilled every epoch: the notebook's
 * {@code random_mini_batches} ({@link MiniBatches}) without allocating a training set's worth of
 * native memory per epoch. ND4J zeroes every new array, and the operating system then hands the
 * process fresh pages; reusing the arrays avoids both, which is a sizeable part of an epoch of the
 * notebook's network. Not thread-safe; {@link #close} frees the arrays.
 */
public final class MiniBatchArrays implements AutoCloseable {
    private final List<INDArray> features = new ArrayList<>();
    private final List<INDArray> labels = new ArrayList<>();

    /**
     * {@link MiniBatches#batches(SignsDataset, int, long)}, written into this object's arrays: the
     * returned minibatches hold the same values, and stay valid until the next call or {@link #close}.
     */
    public List<DataSet> batches(SignsDataset dataset, int batchSize, long seed) {
        return batches(dataset.images(), dataset.oneHotLabels(), batchSize, seed);
    }

    /**
     * {@link MiniBatches#batches(INDArray, INDArray, int, long)}, written into this object's arrays:
     * the returned minibatches hold the same values, and stay valid until the next call or
     * {@link #close}.
     */
    public List<DataSet> batches(INDArray x, INDArray y, int batchSize, long seed) {
        MiniBatches.checkSameExamples(x, y);
        return batches(x, y, MiniBatches.batchIndices(Math.toIntExact(x.size(0)), batchSize, seed));
    }

    /**
     * The minibatches of {@code dataset} whose rows {@link MiniBatches#batchIndices} gave, written
     * into this object's arrays: valid until the next call or {@link #close}.
     */
    public List<DataSet> batches(SignsDataset dataset, List<int[]> indices) {
        return batches(dataset.images(), dataset.oneHotLabels(), indices);
    }

    private List<DataSet> batches(INDArray x, INDArray y, List<int[]> indices) {
        List<DataSet> batches = new ArrayList<>(indices.size());
        for (int k = 0; k < indices.size(); k++) {
            batches.add(new DataSet(fill(features, k, x, indices.get(k)), fill(labels, k, y, indices.get(k))));
        }
        return batches;
    }

    /** {@code source[rows]} in the {@code k}-th array of {@code arrays}, made anew only when missing or of another shape. */
    private static INDArray fill(List<INDArray> arrays, int k, INDArray source, int[] rows) {
        INDArray target = k < arrays.size() ? arrays.get(k) : null;
        if (target == null || !Rows.fitsGatherOf(target, source, rows.length)) {
            free(target);
            target = Rows.gather(source, rows);
            if (k < arrays.size()) {
                arrays.set(k, target);
            } else {
                arrays.add(target);
            }
            return target;
        }
        Rows.gatherInto(source, rows, target);
        return target;
    }

    @Override
    public void close() {
        features.forEach(MiniBatchArrays::free);
        labels.forEach(MiniBatchArrays::free);
        features.clear();
        labels.clear();
    }

    private static void free(INDArray array) {
        if (array == null) {
            return;
        }
        DataBuffer buffer = array.closeable() ? array.data() : array.data().originalDataBuffer();
        if (buffer != null && buffer.closeable()) {
            buffer.close();
        }
    }
}
