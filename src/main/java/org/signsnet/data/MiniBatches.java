package org.signsnet.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.signsnet.random.NumpyRandom;

/**
 * The notebook's {@code random_mini_batches(X, Y, mini_batch_size = 64, seed = 0)}, in numpy's
 * exact order:
 * <pre>
 * np.random.seed(seed)
 * permutation = list(np.random.permutation(m))
 * shuffled_X = X[permutation,:,:,:]; shuffled_Y = Y[permutation,:]
 * complete batches k = 0 .. floor(m / mini_batch_size) - 1, then the remainder batch (kept)
 * </pre>
 * With m = 1080 and 64 per batch that is 16 batches of 64 and one of 56.
 */
public final class MiniBatches {
    /** The notebook's {@code minibatch_size = 64}. */
    public static final int NOTEBOOK_BATCH_SIZE = 64;
    /** The notebook's {@code model()} starts with {@code seed = 3}. */
    public static final long NOTEBOOK_INITIAL_SEED = 3;

    private MiniBatches() {}

    /**
     * The seed the notebook's {@code model()} passes to {@code random_mini_batches} in epoch
     * {@code epoch} (0-based): it does {@code seed = seed + 1} before each epoch, starting at 3, so
     * epoch e uses 4 + e.
     */
    public static long notebookSeedForEpoch(int epoch) {
        if (epoch < 0) {
            throw new IllegalArgumentException("epoch must be >= 0, got " + epoch);
        }
        return NOTEBOOK_INITIAL_SEED + 1 + epoch;
    }

    /**
     * The example indices of each minibatch: {@code np.random.RandomState(seed).permutation(m)}
     * cut into consecutive pieces of {@code batchSize}, the last piece holding the {@code m % batchSize}
     * remaining indices when that is not zero.
     *
     * @param m number of examples, at least 1
     * @param batchSize examples per complete batch, at least 1
     * @param seed numpy seed in [0, 2^32)
     */
    public static List<int[]> batchIndices(int m, int batchSize, long seed) {
        if (m < 1) {
            throw new IllegalArgumentException("m must be >= 1, got " + m);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
        }
        int[] permutation = new NumpyRandom(seed).permutation(m);
        List<int[]> batches = new ArrayList<>(m / batchSize + 1);
        for (int start = 0; start < m; start += batchSize) {
            batches.add(Arrays.copyOfRange(permutation, start, Math.min(m, start + batchSize)));
        }
        return List.copyOf(batches);
    }

    /**
     * {@code random_mini_batches(X, Y, batchSize, seed)} on a dataset: each {@link DataSet} holds
     * features (b, 64, 64, 3) float32 and one-hot labels (b, 6) float32, rows in permutation order.
     */
    public static List<DataSet> batches(SignsDataset dataset, int batchSize, long seed) {
        return batches(dataset.images(), dataset.oneHotLabels(), batchSize, seed);
    }

    /**
     * {@code random_mini_batches(X, Y, batchSize, seed)}: the examples (first axis) of {@code x} and
     * {@code y} in the order of numpy's permutation, cut into minibatches of {@code batchSize} and a
     * last smaller one.
     *
     * @param x features (m, ...), e.g. images (m, 64, 64, 3)
     * @param y labels (m, n_y), one row per example
     */
    public static List<DataSet> batches(INDArray x, INDArray y, int batchSize, long seed) {
        checkSameExamples(x, y);
        List<DataSet> batches = new ArrayList<>();
        for (int[] indices : batchIndices(Math.toIntExact(x.size(0)), batchSize, seed)) {
            batches.add(new DataSet(Rows.gather(x, indices), Rows.gather(y, indices)));
        }
        return batches;
    }

    /** Fails unless {@code x} and {@code y} hold the same number of examples (their first axis). */
    static void checkSameExamples(INDArray x, INDArray y) {
        if (x.size(0) != y.size(0)) {
            throw new IllegalArgumentException("X has " + x.size(0) + " examples but Y has " + y.size(0));
        }
    }
}
