package org.signsnet.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;
import org.signsnet.data.MiniBatches;

class MinibatchBuffersTest {
    @Test
    void releasesTheBuffersBehindGatheredMinibatches() {
        var data = TrainingBenchmark.syntheticSigns(10, 2);
        List<DataSet> batches = MiniBatches.batches(data, 4, 5);
        var features = batches.get(0).getFeatures();
        var owner = features.closeable() ? features.data() : features.data().originalDataBuffer();
        assertThat(owner.wasClosed()).isFalse();

        MinibatchBuffers.release(batches);

        assertThat(owner.wasClosed()).isTrue();
        assertThat(data.images().data().wasClosed())
                .as("the dataset itself stays usable")
                .isFalse();
    }
}
