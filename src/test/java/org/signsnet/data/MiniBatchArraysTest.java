package org.signsnet.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;
import org.signsnet.perf.TrainingBenchmark;

class MiniBatchArraysTest {
    private final SignsDataset data = TrainingBenchmark.syntheticSigns(10, 2);

    @Test
    void holdsTheNotebooksMinibatchesEpochAfterEpochInTheSameArrays() {
        try (MiniBatchArrays arrays = new MiniBatchArrays()) {
            List<DataSet> first = arrays.batches(data, 4, 5);
            assertSameValues(first, MiniBatches.batches(data, 4, 5));
            var firstFeatures = first.get(0).getFeatures();
            var lastLabels = first.get(2).getLabels();

            List<DataSet> second = arrays.batches(data, 4, 6);

            assertSameValues(second, MiniBatches.batches(data, 4, 6));
            assertThat(second.get(0).getFeatures()).isSameAs(firstFeatures);
            assertThat(second.get(2).getLabels()).isSameAs(lastLabels);
        }
    }

    @Test
    void makesNewArraysWhenTheBatchSizeChanges() {
        try (MiniBatchArrays arrays = new MiniBatchArrays()) {
            arrays.batches(data, 4, 5);
            List<DataSet> batches = arrays.batches(data, 3, 5);
            assertSameValues(batches, MiniBatches.batches(data, 3, 5));
        }
    }

    @Test
    void closeFreesTheArraysButNotTheDataset() {
        MiniBatchArrays arrays = new MiniBatchArrays();
        var features = arrays.batches(data, 4, 5).get(0).getFeatures();
        var owner = features.closeable() ? features.data() : features.data().originalDataBuffer();
        assertThat(owner.wasClosed()).isFalse();

        arrays.close();

        assertThat(owner.wasClosed()).isTrue();
        assertThat(data.images().data().wasClosed()).isFalse();
    }

    private static void assertSameValues(List<DataSet> actual, List<DataSet> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int k = 0; k < expected.size(); k++) {
            assertThat(actual.get(k).getFeatures()).isEqualTo(expected.get(k).getFeatures());
            assertThat(actual.get(k).getLabels()).isEqualTo(expected.get(k).getLabels());
        }
    }
}
