package org.signsnet.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExerciseMarkersTest {
    private static final String SOLUTION = """
            Result f(INDArray x, Map<String, Integer> hparameters) {
                int before = 1;
                // START CODE HERE (≈ 6 lines)
                // Retrieve the sizes
                int m = (int) x.size(0);
                Map<String, Integer> copy = Map.of("a", 1,
                                                   "b", 2);
                boolean flag = m == 2;

                // loop over the examples
                for (int i = 0; i < m; i++) {
                    // the ith example
                    INDArray row = x.get(point(i));
                    total = total + row.sumNumber().doubleValue();
                }
                INDArray out = x.mul(2);
                out.addi(1);
                // END CODE HERE

                return new Result(out, m);
            }
            """;

    @Test
    void blankKeepsTheMarkersTheCommentsAndEachDeclarationAsAPlaceholder() {
        assertThat(ExerciseMarkers.blank(SOLUTION)).isEqualTo("""
                Result f(INDArray x, Map<String, Integer> hparameters) {
                    int before = 1;
                    // START CODE HERE (≈ 6 lines)
                    // Retrieve the sizes
                    int m = 0;
                    Map<String, Integer> copy = null;
                    boolean flag = false;

                    // loop over the examples
                        // the ith example
                    INDArray out = null;
                    // END CODE HERE

                    return new Result(out, m);
                }
                """);
    }

    @Test
    void blocksAreTheLinesOfEachPairOfMarkers() {
        String source = "a();\n// START CODE HERE\nb();\n// END CODE HERE\n  // START CODE HERE (≈ 1 line)\n"
                + "  // END CODE HERE\n";
        assertThat(ExerciseMarkers.blocks(source))
                .containsExactly(new ExerciseMarkers.Block(1, 3), new ExerciseMarkers.Block(4, 5));
        assertThat(ExerciseMarkers.blank("int x = 1;\n")).isEqualTo("int x = 1;\n");
    }

    @Test
    void markersThatDoNotPairUpAreRefusedNamingTheLine() {
        assertThatThrownBy(() -> ExerciseMarkers.blocks("// START CODE HERE\nx();\n"))
                .hasMessage("line 1: START CODE HERE without an END CODE HERE");
        assertThatThrownBy(() -> ExerciseMarkers.blocks("x();\n// END CODE HERE\n"))
                .hasMessage("line 2: END CODE HERE without a START CODE HERE");
        assertThatThrownBy(() -> ExerciseMarkers.blocks("// START CODE HERE\n// START CODE HERE\n"))
                .hasMessageStartingWith("line 2: START CODE HERE before the END CODE HERE");
    }
}
