package org.signsnet.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link NumpyRandom} against numpy's legacy RandomState, bit for bit. Expected values come from
 * {@code scripts/fixtures/numpy_random_fixtures.py} ({@code fixtures/numpy_random.json}).
 */
class NumpyRandomTest {
    private static JsonNode fixture;

    @BeforeAll
    static void loadFixture() throws IOException {
        try (InputStream in = NumpyRandomTest.class.getResourceAsStream("/fixtures/numpy_random.json")) {
            fixture = new ObjectMapper().readTree(in);
        }
    }

    static Stream<JsonNode> seeds() throws IOException {
        loadFixture();
        List<JsonNode> seeds = new ArrayList<>();
        fixture.get("seeds").forEach(seeds::add);
        return seeds.stream();
    }

    @Test
    void seedOneRandnGivesTheNotebooksFirstValuesExactly() {
        double[] values = new NumpyRandom(1).randn(6);
        assertThat(values)
                .containsExactly(
                        1.6243453636632417,
                        -0.6117564136500754,
                        -0.5281717522634557,
                        -1.0729686221561705,
                        0.8654076293246785,
                        -2.3015386968802827);
    }

    @Test
    void seedOneRandnWithAShapeIsFlattenedInRowMajorOrder() {
        assertThat(new NumpyRandom(1).randn(2, 3, 4))
                .containsExactly(doubles(fixture.get("seed1_randn_2_3_4_row_major")));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randnMatchesNumpyBitForBit(JsonNode seed) {
        NumpyRandom random = new NumpyRandom(seed.get("seed").asLong());
        assertThat(random.randn(11)).containsExactly(doubles(seed.get("randn_11")));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randMatchesNumpyBitForBit(JsonNode seed) {
        NumpyRandom random = new NumpyRandom(seed.get("seed").asLong());
        assertThat(random.rand(7)).containsExactly(doubles(seed.get("rand_7")));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void permutationMatchesNumpy(JsonNode seed) {
        NumpyRandom random = new NumpyRandom(seed.get("seed").asLong());
        int[] expected = new int[13];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = seed.get("permutation_13").get(i).asInt();
        }
        assertThat(random.permutation(13)).containsExactly(expected);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theCachedGaussianCarriesOverToTheNextRandnCall(JsonNode seed) {
        NumpyRandom random = new NumpyRandom(seed.get("seed").asLong());
        JsonNode expected = seed.get("randn_3_then_4");
        assertThat(random.randn(3)).containsExactly(doubles(expected.get(0)));
        assertThat(random.randn(4)).containsExactly(doubles(expected.get(1)));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randBetweenGaussiansLeavesTheCachedGaussianInPlace(JsonNode seed) {
        NumpyRandom random = new NumpyRandom(seed.get("seed").asLong());
        JsonNode expected = seed.get("randn_1_rand_2_randn_1");
        assertThat(random.randn(1)).containsExactly(doubles(expected.get(0)));
        assertThat(random.rand(2)).containsExactly(doubles(expected.get(1)));
        assertThat(random.randn(1)).containsExactly(doubles(expected.get(2)));
    }

    @Test
    void reseedingForgetsTheCachedGaussian() {
        NumpyRandom random = new NumpyRandom(1);
        JsonNode expected = fixture.get("seed1_randn_3_reseed_randn_3");
        assertThat(random.randn(3)).containsExactly(doubles(expected.get(0)));
        random.randn(1);
        random.seed(1);
        assertThat(random.randn(3)).containsExactly(doubles(expected.get(1)));
    }

    @Test
    void theSameSeedGivesTheSameStream() {
        assertThat(new NumpyRandom(42).randn(100)).containsExactly(new NumpyRandom(42).randn(100));
    }

    @ParameterizedTest
    @ValueSource(longs = {-1L, 4_294_967_296L, Long.MIN_VALUE, Long.MAX_VALUE})
    void seedsOutsideNumpysRangeAreRejected(long seed) {
        assertThatThrownBy(() -> new NumpyRandom(seed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 0 and 2**32 - 1");
    }

    @Test
    void numpyRejectsTheSameSeeds() {
        assertThat(fixture.get("invalid_seeds")).hasSize(2);
        fixture.get("invalid_seeds")
                .forEach(bad -> assertThatThrownBy(
                                () -> new NumpyRandom(bad.get("seed").asLong()))
                        .isInstanceOf(IllegalArgumentException.class));
    }

    @Test
    void theLargestSeedIsAccepted() {
        assertThat(new NumpyRandom(4_294_967_295L).randn(1)).hasSize(1);
    }

    @Test
    void negativeSizesAreRejected() {
        NumpyRandom random = new NumpyRandom(0);
        assertThatThrownBy(() -> random.randn(2, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> random.permutation(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asDouble();
        }
        return values;
    }
}
