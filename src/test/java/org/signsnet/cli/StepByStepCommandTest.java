package org.signsnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code signsnet step-by-step} through {@link SignsnetCli#run(PrintWriter, PrintWriter, String...)}. */
class StepByStepCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SignsnetCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void plainOutputIsTheNotebooksPrintedLinesUnderOneHeaderPerCell() throws Exception {
        assertThat(run("step-by-step")).isZero();
        JsonNode fixture = fixture(1);
        List<String> expected = new ArrayList<>();
        fixture.get("printed").fields().forEachRemaining(cell -> {
            expected.add("== " + cell.getKey() + " ==");
            cell.getValue().forEach(line -> expected.add(line.asText()));
        });
        assertThat(out.toString().lines()).containsExactlyElementsOf(expected);
        assertThat(out.toString())
                .contains("Z = -6.999089450680221", "dA_mean = 1.45243777754", "mean of dA =  0.145713902729");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void jsonOutputHasEveryCellAtFullPrecision() throws Exception {
        assertThat(run("step-by-step", "--seed", "3", "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        JsonNode expected = fixture(3).get("cells");
        assertThat(iterable(json.fieldNames()))
                .containsExactly(
                        "zero_pad",
                        "conv_single_step",
                        "conv_forward",
                        "pool_forward",
                        "conv_backward",
                        "create_mask_from_window",
                        "distribute_value",
                        "pool_backward");
        assertThat(json.at("/conv_single_step/Z").asDouble())
                .isCloseTo(expected.at("/conv_single_step/Z").asDouble(), org.assertj.core.data.Offset.offset(1e-13));
        assertThat(json.at("/conv_forward/Z_mean").asDouble())
                .isCloseTo(expected.at("/conv_forward/Z_mean").asDouble(), org.assertj.core.data.Offset.offset(1e-13));
        assertThat(json.at("/zero_pad/x_pad_shape").toString()).isEqualTo("[4,7,7,2]");
        assertThat(json.at("/pool_forward/max/A").size()).isEqualTo(2);
        assertThat(json.at("/pool_forward/max/A/1/0/0").size()).isEqualTo(3);
        assertThat(json.at("/create_mask_from_window/mask/0/0").isBoolean()).isTrue();
        assertThat(json.at("/pool_backward/average/dA_prev[1,1]").size()).isEqualTo(3);
        assertThat(json.at("/pool_backward/mean_dA").asDouble())
                .isCloseTo(
                        expected.at("/pool_backward/mean_dA").asDouble(), org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void theLargestNumpySeedIsAccepted() {
        assertThat(run("step-by-step", "--seed", "4294967295", "--json")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "4294967296", "99999999999"})
    void seedsOutsideNumpysRangeAreAOneLineUsageError(String seed) {
        assertThat(run("step-by-step", "--seed", seed)).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).startsWith("signsnet: ").contains("--seed", "4294967295");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aSeedThatIsNotANumberIsAUsageError() {
        assertThat(run("step-by-step", "--seed", "one")).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(1);
    }

    @Test
    void benchRunsBelowOneAreAUsageErrorBeforeAnythingIsTimed() {
        assertThat(run("step-by-step", "--bench", "--bench-runs", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--bench-runs");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void helpDescribesTheOptions() {
        assertThat(run("step-by-step", "--help")).isZero();
        assertThat(out.toString()).contains("--seed", "--json", "--bench");
    }

    private static JsonNode fixture(int seed) throws Exception {
        try (InputStream in =
                StepByStepCommandTest.class.getResourceAsStream("/fixtures/step_by_step_seed" + seed + ".json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static <T> List<T> iterable(Iterator<T> iterator) {
        List<T> list = new ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }
}
