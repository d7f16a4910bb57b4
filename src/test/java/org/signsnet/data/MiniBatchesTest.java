package org.signsnet.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** random_mini_batches in numpy's order, checked against scripts/fixtures/minibatch_fixtures.py output. */
class MiniBatchesTest {
    private static final JsonNode FIXTURE = readFixture();

    private static JsonNode readFixture() {
        try (InputStream in = MiniBatchesTest.class.getResourceAsStream("/fixtures/minibatches.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read fixtures/minibatches.json", e);
        }
    }

    static Stream<JsonNode> largeCases() {
        return toStream(FIXTURE.get("large"));
    }

    static Stream<JsonNode> smallCases() {
        return toStream(FIXTURE.get("small"));
    }

    private static Stream<JsonNode> toStream(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes.stream();
    }

    private static int[] ints(JsonNode array) {
        int[] values = new int[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asInt();
        }
        return values;
    }

    @ParameterizedTest(name = "m=1080 seed={0}")
    @MethodSource("largeCases")
    void batchesOf1080MatchNumpyFirstIndicesAndKeepTheLastBatchOf56(JsonNode expected) {
        List<int[]> batches =
                MiniBatches.batchIndices(1080, 64, expected.get("seed").asLong());

        assertThat(batches).hasSize(17);
        assertThat(batches.stream().mapToInt(b -> b.length).toArray())
                .containsExactly(ints(expected.get("batchSizes")));
        assertThat(batches.stream().mapToInt(b -> b[0]).toArray())
                .containsExactly(ints(expected.get("firstIndexOfEachBatch")));
        assertThat(batches.get(16)).hasSize(56).containsExactly(ints(expected.get("lastBatch")));
    }

    @ParameterizedTest(name = "m={0}")
    @MethodSource("smallCases")
    void smallBatchesMatchNumpyExactly(JsonNode expected) {
        int m = expected.get("m").asInt();
        List<int[]> batches = MiniBatches.batchIndices(
                m, expected.get("batchSize").asInt(), expected.get("seed").asLong());

        JsonNode expectedBatches = expected.get("batches");
        assertThat(batches).hasSize(expectedBatches.size());
        for (int k = 0; k < batches.size(); k++) {
            assertThat(batches.get(k)).as("batch %d", k).containsExactly(ints(expectedBatches.get(k)));
        }
        assertThat(batches.stream().flatMapToInt(IntStream::of).toArray())
                .containsExactly(ints(expected.get("permutation")));
    }

    @ParameterizedTest(name = "epoch {0} -> seed {1}")
    @CsvSource({"0, 4", "1, 5", "99, 103", "100, 104"})
    void notebookSeedStartsAtThreeAndIsIncrementedBeforeEachEpoch(int epoch, long seed) {
        assertThat(MiniBatches.notebookSeedForEpoch(epoch)).isEqualTo(seed);
    }

    @Test
    void rejectsNonsenseArguments() {
        assertThatThrownBy(() -> MiniBatches.batchIndices(0, 64, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MiniBatches.batchIndices(10, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MiniBatches.notebookSeedForEpoch(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dataBatchesHoldExactlyTheRowsOfTheirIndicesInOrder() {
        int m = 10;
        INDArray images = Nd4j.rand(DataType.FLOAT, m, 64, 64, 3);
        int[] labels = {0, 1, 2, 3, 4, 5, 0, 1, 2, 3};
        SignsDataset data = new SignsDataset(images, labels, new long[] {0, 1, 2, 3, 4, 5}, Path.of("x.h5"));

        List<DataSet> batches = MiniBatches.batches(data, 4, 7);
        List<int[]> indices = MiniBatches.batchIndices(m, 4, 7);

        assertThat(batches).hasSize(3);
        INDArray oneHot = data.oneHotLabels();
        for (int k = 0; k < batches.size(); k++) {
            DataSet batch = batches.get(k);
            int[] rows = indices.get(k);
            assertThat(batch.getFeatures().shape()).containsExactly(rows.length, 64, 64, 3);
            assertThat(batch.getLabels().shape()).containsExactly(rows.length, 6);
            for (int r = 0; r < rows.length; r++) {
                assertThat(batch.getFeatures()
                                .get(NDArrayIndex.point(r), NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all()))
                        .isEqualTo(images.get(
                                NDArrayIndex.point(rows[r]),
                                NDArrayIndex.all(),
                                NDArrayIndex.all(),
                                NDArrayIndex.all()));
                assertThat(batch.getLabels().getRow(r)).isEqualTo(oneHot.getRow(rows[r]));
            }
        }
    }

    @Test
    void gatheringAllMinibatchesOfA1080ImageEpochIsExactFastAndInPermutationOrder() {
        int m = 1080;
        INDArray images = Nd4j.rand(DataType.FLOAT, m, 64, 64, 3);
        for (int i = 0; i < m; i++) {
            images.putScalar(new long[] {i, 0, 0, 0}, i); // marks each image with its index
        }
        int[] labels = IntStream.range(0, m).map(i -> i % 6).toArray();
        SignsDataset data = new SignsDataset(images, labels, new long[] {0, 1, 2, 3, 4, 5}, Path.of("x.h5"));
        MiniBatches.batches(data, 64, 3); // warm-up

        long seed = MiniBatches.notebookSeedForEpoch(0);
        long start = System.nanoTime();
        List<DataSet> batches = MiniBatches.batches(data, 64, seed);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(millis).as("ms to gather one epoch").isLessThan(5_000);
        List<int[]> indices = MiniBatches.batchIndices(m, 64, seed);
        assertThat(batches).hasSize(17);
        assertThat(batches.get(16).numExamples()).isEqualTo(56);
        for (int k = 0; k < batches.size(); k++) {
            INDArray features = batches.get(k).getFeatures();
            INDArray markers = features.get(
                    NDArrayIndex.all(), NDArrayIndex.point(0), NDArrayIndex.point(0), NDArrayIndex.point(0));
            assertThat(markers.toIntVector()).as("batch %d", k).containsExactly(indices.get(k));
        }
        INDArray expectedLast = images.get(
                NDArrayIndex.indices(
                        IntStream.of(indices.get(16)).asLongStream().toArray()),
                NDArrayIndex.all(),
                NDArrayIndex.all(),
                NDArrayIndex.all());
        assertThat(batches.get(16).getFeatures()).isEqualTo(expectedLast);
    }
}
