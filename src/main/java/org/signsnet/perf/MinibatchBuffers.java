package org.signsnet.perf;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Frees the native memory of minibatches that are no longer needed.
 *
 * <p>ND4J arrays live off-heap and are freed when the garbage collector finds their Java objects
 * unreachable. Training allocates little Java heap, so collections are rare, while every epoch
 * gathers a training set's worth of fresh minibatches ({@code MiniBatches.batches}): without this
 * the process's memory would grow by that much every epoch. Releasing each epoch's minibatches after
 * use keeps it flat.
 */
public final class MinibatchBuffers {
    private MinibatchBuffers() {}

    /**
     * Frees the features and labels of {@code batches}, which must not be used afterwards and
     * must own their buffers (as {@code MiniBatches.batches} results do: fresh gathered arrays,
     * possibly reshaped views of them).
     */
    public static void release(List<DataSet> batches) {
        for (DataSet batch : batches) {
            release(batch.getFeatures());
            release(batch.getLabels());
        }
    }

    private static void release(INDArray array) {
        if (array == null) {
            return;
        }
        DataBuffer buffer = array.closeable() ? array.data() : array.data().originalDataBuffer();
        if (buffer != null && buffer.closeable()) {
            buffer.close();
        }
    }
}
