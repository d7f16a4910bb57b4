package org.signsnet.nn;

import static org.assertj.core.api.Assertions.assertThat;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.signsnet.model.NotebookNetworks;
import org.signsnet.model.TrainingConfig;

/**
 * Training on the fast layers gives the same bits whatever the number of threads the kernels share
 * a batch among, and run after run: every value is computed by one image's fixed sequence of
 * operations, and per-image partial sums are added in image order.
 */
class DeterminismTest {
    private final int defaultThreads = ImageParallel.threads();

    @AfterEach
    void restoreThreads() {
        ImageParallel.setThreads(defaultThreads);
    }

    @Test
    void oneTwoAndThreeThreadsTrainToTheSameParameters() {
        INDArray one = trainedParameters(1);
        assertThat(trainedParameters(2)).isEqualTo(one);
        assertThat(trainedParameters(3)).isEqualTo(one);
        assertThat(trainedParameters(1)).isEqualTo(one);
    }

    /** The notebook's network after three Adam steps (the last on a short batch) with {@code threads} threads. */
    private static INDArray trainedParameters(int threads) {
        ImageParallel.setThreads(threads);
        MultiLayerNetwork net = NotebookNetworks.create(TrainingConfig.notebookDefaults());
        DataSet[] batches = {
            Networks.batch(64, 64, 64, 3, DataType.FLOAT, 1),
            Networks.batch(64, 64, 64, 3, DataType.FLOAT, 2),
            Networks.batch(56, 64, 64, 3, DataType.FLOAT, 3)
        };
        for (DataSet batch : batches) {
            net.fit(batch);
        }
        return net.params().dup();
    }
}
