package org.signsnet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApplicationCellsCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SignsnetCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void printsTheFourNotebookLinesByDefault() {
        assertThat(run("application-cells")).isZero();
        String text = out.toString();
        assertThat(text).startsWith("W1 = [ 0.00131723  0.14176141 -0.04434952  0.09197326  0.14984085 -0.03514394\n");
        assertThat(text).contains("\nZ3 = [[ 1.4416").contains("]\n [ 1.4070").endsWith("]]\ncost = 4.66487\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void jsonHasTheNotebooksKeysAndShapes() throws Exception {
        assertThat(run("application-cells", "--json", "--fc-op-seed", "39")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.fieldNames()).toIterable().containsExactly("W1[1,1,1]", "W2[1,1,1]", "Z3", "cost");
        assertThat(json.get("W1[1,1,1]").size()).isEqualTo(8);
        assertThat(json.get("W1[1,1,1]").get(0).asDouble()).isCloseTo(0.00131723, within(5e-9));
        assertThat(json.get("W2[1,1,1]").size()).isEqualTo(16);
        assertThat(json.get("Z3").size()).isEqualTo(2);
        assertThat(json.get("Z3").get(1).size()).isEqualTo(6);
        assertThat(json.get("cost").asDouble()).isCloseTo(4.66487, within(1e-5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "2147483647", "abc"})
    void rejectsABadFcOpSeedWithOneUsageLine(String seed) {
        assertThat(run("application-cells", "--fc-op-seed", seed)).isEqualTo(2);
        assertThat(err.toString())
                .startsWith("signsnet: ")
                .contains("--fc-op-seed")
                .hasLineCount(1);
        assertThat(out.toString()).isEmpty();
    }
}
