package org.signsnet.stepbystep;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.signsnet.format.NumpyFormat;

/**
 * The notebook's example cells, run by {@link StepByStepNotebook}, reproduce what the notebook's own
 * Python functions compute and print under numpy ({@code scripts/fixtures/step_by_step_fixtures.py},
 * seeds 1 and 3), and the digits printed in the notebook itself.
 */
class StepByStepNotebookTest {
    private static StepByStepCells seedOne;

    @BeforeAll
    static void runTheNotebook() {
        seedOne = new StepByStepNotebook().run(1);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 3})
    void cellValuesMatchTheNotebooksPythonFunctionsToTenDigits(long seed) {
        JsonNode fixture = Fixtures.load("step_by_step_seed" + seed + ".json");
        StepByStepCells cells = seed == 1 ? seedOne : new StepByStepNotebook().run(seed);
        JsonNode actual = Fixtures.MAPPER.valueToTree(StepByStepJson.tree(cells));
        Fixtures.assertTreeClose(actual, fixture.get("cells"), 1e-10, "cells");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 3})
    void loopFaithfulCellValuesAreBitIdenticalToNumpys(long seed) {
        JsonNode fixture = Fixtures.load("step_by_step_seed" + seed + ".json");
        StepByStepCells cells = seed == 1 ? seedOne : new StepByStepNotebook().run(seed);
        Fixtures.assertTreeClose(
                Fixtures.MAPPER.valueToTree(StepByStepJson.tree(cells)), fixture.get("cells"), 0, "cells");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 3})
    void printedLinesEqualWhatNumpyPrintsCharacterForCharacter(long seed) {
        JsonNode fixture = Fixtures.load("step_by_step_seed" + seed + ".json");
        StepByStepCells cells = seed == 1 ? seedOne : new StepByStepNotebook().run(seed);
        for (Map.Entry<NotebookCell, List<String>> cell :
                StepByStepPrinter.lines(cells).entrySet()) {
            List<String> expected = new ArrayList<>();
            fixture.get("printed").get(cell.getKey().notebookName()).forEach(line -> expected.add(line.asText()));
            assertThat(cell.getValue()).as(cell.getKey().notebookName()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void vectorisedOpsGiveTheSameCells() {
        JsonNode loops = Fixtures.MAPPER.valueToTree(StepByStepJson.tree(seedOne));
        JsonNode vectorised = Fixtures.MAPPER.valueToTree(
                StepByStepJson.tree(new StepByStepNotebook(new VectorisedConvolutionOps()).run(1)));
        Fixtures.assertTreeClose(vectorised, loops, 1e-12, "cells");
    }

    @Test
    void convSingleStepPrintsTheNotebooksReprExactly() {
        assertThat(seedOne.convSingleStep().z()).isEqualTo(-6.999089450680221);
        assertThat(lines(NotebookCell.CONV_SINGLE_STEP)).containsExactly("Z = -6.999089450680221");
    }

    @Test
    void convForwardPrintsTheNotebooksDigits() {
        assertThat(lines(NotebookCell.CONV_FORWARD))
                .containsExactly(
                        "Z's mean = 0.0489952035289",
                        "Z[3,2,1] = [-0.61490741 -6.7439236  -2.55153897  1.75698377  3.56208902  0.53036437",
                        "  5.18531798  8.75898442]",
                        "cache_conv[0][1][2][3] = [-0.20075807  0.18656139  0.41005165]");
    }

    @Test
    void convBackwardPrintsTheNotebooksMeans() {
        assertThat(lines(NotebookCell.CONV_BACKWARD))
                .containsExactly("dA_mean = 1.45243777754", "dW_mean = 1.72699145831", "db_mean = 7.83923256462");
    }

    @Test
    void poolForwardPrintsTheNotebooksValues() {
        assertThat(seedOne.poolForward().max().shape()).containsExactly(2, 1, 1, 3);
        assertThat(String.join("\n", lines(NotebookCell.POOL_FORWARD)))
                .contains("A = [[[[ 1.74481176  0.86540763  1.13376944]]]")
                .contains(" [[[ 1.13162939  1.51981682  2.18557541]]]]")
                .contains("A = [[[[ 0.02105773 -0.20328806 -0.40389855]]]")
                .contains(" [[[-0.22154621  0.51716526  0.48155844]]]]");
    }

    @Test
    void createMaskAndDistributeValuePrintTheNotebooksArrays() {
        assertThat(lines(NotebookCell.CREATE_MASK_FROM_WINDOW))
                .containsExactly(
                        "x =  [[ 1.62434536 -0.61175641 -0.52817175]",
                        " [-1.07296862  0.86540763 -2.3015387 ]]",
                        "mask =  [[ True False False]",
                        " [False False False]]");
        assertThat(lines(NotebookCell.DISTRIBUTE_VALUE))
                .containsExactly("distributed value = [[ 0.5  0.5]", " [ 0.5  0.5]]");
    }

    @Test
    void poolBackwardPrintsTheNotebooksValues() {
        assertThat(lines(NotebookCell.POOL_BACKWARD))
                .containsExactly(
                        "mode = max",
                        "mean of dA =  0.145713902729",
                        "dA_prev[1,1] =  [[ 0.          0.        ]",
                        " [ 5.05844394 -1.68282702]",
                        " [ 0.          0.        ]]",
                        "",
                        "mode = average",
                        "mean of dA =  0.145713902729",
                        "dA_prev[1,1] =  [[ 0.08485462  0.2787552 ]",
                        " [ 1.26461098 -0.25749373]",
                        " [ 1.17975636 -0.53624893]]");
    }

    @Test
    void zeroPadPrintsShapesAndSlices() {
        assertThat(lines(NotebookCell.ZERO_PAD))
                .startsWith(
                        "x.shape = (4, 3, 3, 2)", "x_pad.shape = (4, 7, 7, 2)", "x[1,1] = [[ 0.90085595 -0.68372786]");
    }

    @Test
    void plainTextHasOneHeaderPerCellInNotebookOrder() {
        List<String> headers = StepByStepPrinter.text(seedOne)
                .lines()
                .filter(l -> l.startsWith("== "))
                .toList();
        assertThat(headers)
                .containsExactly(
                        "== zero_pad ==",
                        "== conv_single_step ==",
                        "== conv_forward ==",
                        "== pool_forward ==",
                        "== conv_backward ==",
                        "== create_mask_from_window ==",
                        "== distribute_value ==",
                        "== pool_backward ==");
    }

    /**
     * The notebook's markdown shows the outputs with hand-made indentation and without the blank
     * lines numpy puts between 4-D blocks; compared modulo that whitespace.
     */
    @Test
    void reproducesTheNotebooksPrintedArraysModuloHandIndentation() {
        StepByStepCells cells = new StepByStepNotebook(new VectorisedConvolutionOps()).run(1);
        assertSameModuloWhitespace(
                "A = " + NumpyFormat.str(cells.poolForward().max()),
                "A = [[[[ 1.74481176  0.86540763  1.13376944]]]\n     [[[ 1.13162939  1.51981682  2.18557541]]]]");
        assertSameModuloWhitespace(
                "A = " + NumpyFormat.str(cells.poolForward().average()),
                "A = [[[[ 0.02105773 -0.20328806 -0.40389855]]]\n     [[[-0.22154621  0.51716526  0.48155844]]]]");
        assertSameModuloWhitespace(
                "dA_prev[1,1] =  " + NumpyFormat.str(cells.poolBackward().maxDAPrev11()),
                "dA_prev[1,1] =[  [ 0.          0.        ]\n \t\t\t\t [ 5.05844394 -1.68282702]\n \t\t\t\t [ 0.          0.        ]]");
        assertSameModuloWhitespace(
                "dA_prev[1,1] =  " + NumpyFormat.str(cells.poolBackward().averageDAPrev11()),
                "dA_prev[1,1] =  [[ 0.08485462  0.2787552 ]\n                 [ 1.26461098 -0.25749373]\n                 [ 1.17975636 -0.53624893]]");
        assertSameModuloWhitespace(
                "distributed value = " + NumpyFormat.str(cells.distributeValue().a()),
                "distributed value = [[ 0.5  0.5]\n                     [ 0.5  0.5]]");
        assertThat("Z[3,2,1] = " + NumpyFormat.str(cells.convForward().z321()))
                .isEqualTo(
                        "Z[3,2,1] = [-0.61490741 -6.7439236  -2.55153897  1.75698377  3.56208902  0.53036437\n  5.18531798  8.75898442]");
    }

    private static void assertSameModuloWhitespace(String actual, String notebook) {
        assertThat(normalise(actual)).isEqualTo(normalise(notebook));
    }

    /** Collapses whitespace runs and drops whitespace next to brackets. */
    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").replaceAll(" ?([\\[\\]]) ?", "$1").trim();
    }

    private static List<String> lines(NotebookCell cell) {
        return StepByStepPrinter.lines(seedOne).get(cell);
    }
}
